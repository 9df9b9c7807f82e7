package qc.passerelle.demo;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * One Journées Québec mission in recruiting: ten of the farms join it with two offers each, candidates from the
 * five countries register and apply (two applications each), and fifty are hired (pre-selected, interviewed, offered
 * a job, accepting it). Francization then enrols each hire on its own, from the acceptance event.
 *
 * <p>Recruiting's dates are for the coming year (an offer starts today or later, applications are open today), and
 * derive from it only, so a second run the same year sends the same commands.
 */
final class JourneesQuebec {

    static final String HIRES = "Embauches (offres acceptées) / hires";
    private static final int EMPLOYERS = 10;
    private static final String[][] JOBS = {
            {"Ouvrier maraîcher / ouvrière maraîchère", "85101"},
            {"Ouvrier de serre / ouvrière de serre", "85103"}};
    private static final String[] COUNTRIES = {"GT", "GT", "MX", "MX", "MX", "HN", "SV", "JM"};

    private final LoadContext load;
    private final SeasonPlan plan;
    private final int applications;
    private final int hires;
    private final int year;
    private final long seed;
    private final List<String> offerIds = new ArrayList<>();
    private final Map<String, String> applicationIds = new ConcurrentHashMap<>();
    private String missionId;

    JourneesQuebec(LoadContext load, SeasonPlan plan, int applications, int hires, LocalDate today, long seed) {
        this.load = load;
        this.plan = plan;
        this.applications = applications;
        this.hires = hires;
        this.year = today.getYear() + 1;
        this.seed = seed;
    }

    private String recruiter() {
        return load.api().token("demo-recruteur-jq", "RECRUITER", Map.of());
    }

    /** The offers and the mission they join; false when recruiting refused them (nothing else can follow). */
    boolean mission() {
        URI recruiting = load.targets().recruiting();
        String recruiter = recruiter();
        Optional<Long> offersBefore = load.api().total(recruiter, LoadContext.at(recruiting, "/api/job-offers?size=1"));
        Optional<Long> missionsBefore = load.api().total(recruiter, LoadContext.at(recruiting, "/api/missions?size=1"));
        load.progress().phase("Mission Journées Québec", EMPLOYERS * JOBS.length + 1 + EMPLOYERS);
        try {
            for (int f = 0; f < EMPLOYERS; f++) {
                SeasonPlan.Farm farm = plan.farms().get(f);
                for (int j = 0; j < JOBS.length; j++) {
                    Map<String, Object> offer = new LinkedHashMap<>();
                    offer.put("employerId", farm.id());
                    offer.put("title", JOBS[j][0]);
                    offer.put("nocCode", JOBS[j][1]);
                    offer.put("sector", "AGRICULTURE");
                    offer.put("region", farm.region().code());
                    offer.put("positions", 4);
                    offer.put("minimumFrenchLevel", 3);
                    offer.put("regulatedProfession", false);
                    offer.put("hourlyWageCad", 17.75);
                    offer.put("startDate", LocalDate.of(year, 4, 15).toString());
                    offer.put("targetCountries", List.of("GT", "MX", "HN", "SV", "JM"));
                    offerIds.add(LoadContext.require(load.api().post(recruiter, LoadContext.at(recruiting, "/api/job-offers"),
                            offer, load.key("job-offer-" + year, f + "-" + j)), "job offer of " + farm.id()).text("jobOfferId"));
                    load.progress().advance();
                }
            }
            Map<String, Object> mission = new LinkedHashMap<>();
            mission.put("name", "Journées Québec Amérique centrale et Caraïbes " + year);
            mission.put("format", "IN_PERSON");
            mission.put("country", "GT");
            mission.put("city", "Ciudad de Guatemala");
            mission.put("startDate", LocalDate.of(year, 2, 10).toString());
            mission.put("endDate", LocalDate.of(year, 2, 12).toString());
            mission.put("applicationOpensAt", (year - 1) + "-01-01T00:00:00Z");
            mission.put("applicationClosesAt", year + "-02-09T23:59:00Z");
            mission.put("sectors", List.of("AGRICULTURE"));
            missionId = LoadContext.require(load.api().post(recruiter, LoadContext.at(recruiting, "/api/missions"), mission,
                    load.key("mission", year)), "mission").text("missionId");
            load.progress().advance();
            for (int f = 0; f < EMPLOYERS; f++) {
                Map<String, Object> join = new LinkedHashMap<>();
                join.put("employerId", plan.farms().get(f).id());
                join.put("jobOfferIds", offerIds.subList(f * JOBS.length, (f + 1) * JOBS.length));
                LoadContext.require(load.api().post(recruiter, LoadContext.at(recruiting, "/api/missions/" + missionId
                        + "/participations"), join, load.key("participation-" + year, f)), "participation");
                load.progress().advance();
            }
        } catch (RuntimeException e) {
            load.report().failure("Journées Québec: " + e.getMessage());
            load.report().skipped("candidatures et embauches : la mission n'a pu être créée / applications and hires: "
                    + "the mission could not be scheduled");
            return false;
        }
        Optional<Long> offersAfter = load.api().total(recruiter, LoadContext.at(recruiting, "/api/job-offers?size=1"));
        Optional<Long> missionsAfter = load.api().total(recruiter, LoadContext.at(recruiting, "/api/missions?size=1"));
        load.report().line("Missions Journées Québec / missions", 1, FarmsAndHousing.added(missionsBefore, missionsAfter),
                missionsAfter.orElse(-1L), 0);
        load.report().line("Offres d'emploi / job offers", offerIds.size(), FarmsAndHousing.added(offersBefore, offersAfter),
                offersAfter.orElse(-1L), 0);
        return true;
    }

    /** Candidates register themselves and apply, each with their own token, as on the public path. */
    void applications() {
        URI recruiting = load.targets().recruiting();
        int candidates = (applications + 1) / 2;
        List<Integer> indexes = new ArrayList<>();
        for (int c = 0; c < candidates; c++) {
            indexes.add(c);
        }
        AtomicInteger newCandidates = new AtomicInteger();
        AtomicInteger newApplications = new AtomicInteger();
        AtomicInteger applicationFailures = new AtomicInteger();
        int failed = load.each("Candidatures / applications", indexes, c -> {
            String id = candidateId(c);
            String token = load.api().token(id, "CANDIDATE", Map.of());
            DemoApi.Answer profile = LoadContext.require(load.api().post(token, LoadContext.at(recruiting, "/api/candidates"),
                    profile(c), null), "candidate " + id);
            if (profile.status() == 201) {
                newCandidates.incrementAndGet();
            }
            for (int a = 0; a < 2 && 2 * c + a < applications; a++) {
                String offer = offerIds.get(offerOf(c, a));
                DemoApi.Answer applied = load.api().post(token, LoadContext.at(recruiting, "/api/applications"),
                        Map.of("missionId", missionId, "jobOfferId", offer), null);
                if (!applied.ok()) {
                    applicationFailures.incrementAndGet();
                    throw new IllegalStateException("application of " + id + " answered " + applied.problem());
                }
                if (applied.status() == 201) {
                    newApplications.incrementAndGet();
                }
                applicationIds.put(id + "/" + a, applied.text("applicationId"));
            }
        });
        load.report().line("Candidats / candidates", candidates, newCandidates.get(), -1, failed);
        load.report().line("Candidatures / applications", applications, newApplications.get(),
                applicationsTotal(), applicationFailures.get());
    }

    private long applicationsTotal() {
        long total = 0;
        for (String offer : offerIds) {
            Optional<Long> count = load.api().total(recruiter(), LoadContext.at(load.targets().recruiting(),
                    "/api/job-offers/" + offer + "/applications?size=1"));
            if (count.isEmpty()) {
                return -1;
            }
            total += count.get();
        }
        return total;
    }

    /** Pre-selection, interview, employment offer and acceptance, each command once whatever the runs. */
    void hires() {
        URI recruiting = load.targets().recruiting();
        String recruiter = recruiter();
        URI accepted = LoadContext.at(recruiting, "/api/employment-offers?status=ACCEPTED&size=1");
        Optional<Long> before = load.api().total(recruiter, accepted);
        int candidates = (applications + 1) / 2;
        int count = Math.min(hires, candidates);
        List<Integer> hired = new ArrayList<>();
        int step = Math.max(1, candidates / Math.max(1, count));
        for (int i = 0; i < count; i++) {
            hired.add((i * step + i % step) % candidates);
        }
        int failed = load.each("Embauches / hires", hired.stream().distinct().toList(), c -> {
            String applicationId = applicationIds.get(candidateId(c) + "/0");
            if (applicationId == null) {
                throw new IllegalStateException("candidate " + candidateId(c) + " has no application");
            }
            URI application = LoadContext.at(recruiting, "/api/applications/" + applicationId);
            LoadContext.require(load.api().post(recruiter, URI.create(application + "/preselections"), Map.of(),
                    load.key("preselection", c)), "pre-selection");
            Map<String, Object> interview = new LinkedHashMap<>();
            interview.put("scheduledAt", year + "-02-11T" + String.format("%02d", 14 + c % 4) + ":00:00Z");
            interview.put("mode", "VIDEO");
            interview.put("link", "https://rencontres.quebec.example/jq-" + year + "/" + c);
            LoadContext.require(load.api().post(recruiter, URI.create(application + "/interviews"), interview,
                    load.key("interview", c)), "interview");
            Map<String, Object> extend = new LinkedHashMap<>();
            extend.put("startDate", LocalDate.of(year, 4, 15).toString());
            extend.put("respondBy", LocalDate.of(year, 3, 1).toString());
            String offerId = LoadContext.require(load.api().post(recruiter, URI.create(application + "/employment-offers"),
                    extend, load.key("employment-offer", c)), "employment offer").text("offerId");
            LoadContext.require(load.api().post(recruiter, LoadContext.at(recruiting, "/api/employment-offers/" + offerId
                    + "/acceptances"), Map.of(), load.key("acceptance", c)), "acceptance");
        });
        Optional<Long> after = load.api().total(recruiter, accepted);
        load.report().line(HIRES, count, FarmsAndHousing.added(before, after),
                after.orElse(-1L), failed);
    }

    /**
     * Francization enrols every hire by itself, from the acceptance event: the load only waits a little for the
     * enrolments of this run's new hires, to say how many it sees.
     */
    void francization(long before, Duration within) {
        URI enrolments = LoadContext.at(load.targets().francization(), "/api/enrolments?source=JOURNEES_QUEBEC&size=1");
        int expected = Math.min(hires, (applications + 1) / 2);
        DemoReport.Line hired = load.report().line(HIRES);
        long newHires = hired == null ? 0 : Math.max(0, hired.added());
        load.progress().phase("Francisation (automatique / automatic)", (int) newHires);
        long deadline = System.nanoTime() + within.toNanos();
        long seen = load.api().total(load.mifi(), enrolments).orElse(-1L);
        long shown = 0;
        while (before >= 0 && seen >= 0 && seen < before + newHires && System.nanoTime() < deadline) {
            for (; shown < seen - before; shown++) {
                load.progress().advance();
            }
            LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
            seen = load.api().total(load.mifi(), enrolments).orElse(-1L);
        }
        for (; shown < Math.min(newHires, seen - before); shown++) {
            load.progress().advance();
        }
        load.report().line("Inscriptions en francisation (auto) / enrolments", expected,
                seen < 0 || before < 0 ? -1 : seen - before, seen, 0);
    }

    long enrolmentsNow() {
        return load.api().total(load.mifi(), LoadContext.at(load.targets().francization(),
                "/api/enrolments?source=JOURNEES_QUEBEC&size=1")).orElse(-1L);
    }

    private static String candidateId(int c) {
        return String.format("cand-demo-%04d", c + 1);
    }

    private int offerOf(int candidate, int application) {
        return (candidate + application * 7) % offerIds.size();
    }

    private Map<String, Object> profile(int c) {
        Random random = new Random(seed * 31 + c);
        String country = COUNTRIES[c % COUNTRIES.length];
        PeopleNames.Name name = PeopleNames.of(country, random);
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("givenName", name.given());
        profile.put("familyName", name.family());
        profile.put("email", candidateId(c) + "@correo.example");
        profile.put("citizenship", country);
        profile.put("countryOfResidence", country);
        profile.put("birthYear", year - 20 - random.nextInt(30));
        profile.put("profession", country.equals("JM") ? "Farm worker" : "Trabajador agrícola");
        profile.put("nocCode", random.nextBoolean() ? "85101" : "85103");
        profile.put("yearsOfExperience", random.nextInt(16));
        profile.put("declaredFrenchLevel", 1 + random.nextInt(6));
        profile.put("otherLanguages", List.of(country.equals("JM") ? "en" : "es"));
        return profile;
    }
}
