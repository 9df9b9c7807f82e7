package qc.passerelle.demo;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * In student-attraction: three institutions (the development issuer's demo cégep among them), a promotion event of
 * the Quebec representation in Mexico, and the prospects met there.
 */
final class StudentPromotion {

    static final int PROSPECTS = 100;
    private static final String[][] INSTITUTIONS = {
            {"inst-cegep-rimouski", "Cégep de Rimouski", "CEGEP", "BAS_SAINT_LAURENT"},
            {"inst-universite-laval", "Université Laval", "UNIVERSITY", "CAPITALE_NATIONALE"},
            {"inst-cfp-horticulture", "Centre de formation professionnelle en horticulture", "VOCATIONAL_CENTRE",
                    "MONTEREGIE"}};
    private static final String[] FIELDS = {"Génie civil", "Soins infirmiers", "Agronomie", "Informatique",
            "Techniques de génie mécanique", "Production horticole", "Administration", "Éducation à l'enfance"};
    private static final String[] LEVELS = {"DEC", "BACHELOR", "DEP", "AEC", "MASTER"};
    private static final String[] COUNTRIES = {"MX", "MX", "MX", "MX", "GT", "HN", "SV", "CO"};

    private final LoadContext load;
    private final int year;
    private final long seed;

    StudentPromotion(LoadContext load, int year, long seed) {
        this.load = load;
        this.year = year;
        this.seed = seed;
    }

    void load() {
        URI students = load.targets().studentAttraction();
        String mifi = load.mifi();
        Optional<Long> institutionsBefore = load.api().total(mifi, LoadContext.at(students, "/api/institutions?size=1"));
        Optional<Long> eventsBefore = load.api().total(mifi, LoadContext.at(students, "/api/promotion-events?size=1"));
        Optional<Long> prospectsBefore = load.api().total(mifi, LoadContext.at(students, "/api/prospects?size=1"));
        String eventId;
        load.progress().phase("Promotion : établissements et événement / institutions and event", INSTITUTIONS.length + 1);
        try {
            for (String[] institution : INSTITUTIONS) {
                if (!load.api().get(mifi, LoadContext.at(students, "/api/institutions/" + institution[0])).ok()) {
                    LoadContext.require(load.api().post(mifi, LoadContext.at(students, "/api/institutions"), Map.of(
                            "institutionId", institution[0], "name", institution[1], "type", institution[2],
                            "region", institution[3]), load.key("institution", institution[0])), institution[0]);
                }
                load.progress().advance();
            }
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("name", "Salon Étudier au Québec — Ciudad de México " + year);
            event.put("format", "IN_PERSON");
            event.put("country", "MX");
            event.put("city", "Ciudad de México");
            event.put("date", LocalDate.of(year, 10, 15).toString());
            event.put("representation", "MEXICO");
            event.put("institutionIds", List.of(INSTITUTIONS[0][0], INSTITUTIONS[1][0], INSTITUTIONS[2][0]));
            eventId = LoadContext.require(load.api().post(mifi, LoadContext.at(students, "/api/promotion-events"), event,
                    load.key("promotion-event", year)), "promotion event").text("promotionEventId");
            load.progress().advance();
        } catch (RuntimeException e) {
            load.report().failure("promotion: " + e.getMessage());
            load.report().skipped("prospects : l'événement n'a pu être créé / prospects: the event could not be scheduled");
            return;
        }
        List<Integer> prospects = new ArrayList<>();
        for (int p = 0; p < PROSPECTS; p++) {
            prospects.add(p);
        }
        int failed = load.each("Personnes intéressées / prospects", prospects, p -> {
            Random random = new Random(seed * 17 + p);
            String country = COUNTRIES[p % COUNTRIES.length];
            PeopleNames.Name name = PeopleNames.of(country, random);
            Map<String, Object> prospect = new LinkedHashMap<>();
            prospect.put("givenName", name.given());
            prospect.put("familyName", name.family());
            prospect.put("citizenship", country);
            prospect.put("countryOfResidence", "MX");
            prospect.put("birthYear", year - 18 - random.nextInt(8));
            prospect.put("fieldOfInterest", FIELDS[random.nextInt(FIELDS.length)]);
            prospect.put("levelOfInterest", LEVELS[random.nextInt(LEVELS.length)]);
            prospect.put("declaredFrenchLevel", 1 + random.nextInt(8));
            prospect.put("promotionEventId", eventId);
            LoadContext.require(load.api().post(mifi, LoadContext.at(students, "/api/prospects"), prospect,
                    load.key("prospect", p)), "prospect " + p);
        });
        Optional<Long> institutionsAfter = load.api().total(mifi, LoadContext.at(students, "/api/institutions?size=1"));
        Optional<Long> eventsAfter = load.api().total(mifi, LoadContext.at(students, "/api/promotion-events?size=1"));
        Optional<Long> prospectsAfter = load.api().total(mifi, LoadContext.at(students, "/api/prospects?size=1"));
        load.report().line("Établissements / institutions", INSTITUTIONS.length,
                FarmsAndHousing.added(institutionsBefore, institutionsAfter), institutionsAfter.orElse(-1L), 0);
        load.report().line("Événements de promotion / promotion events", 1,
                FarmsAndHousing.added(eventsBefore, eventsAfter), eventsAfter.orElse(-1L), 0);
        load.report().line("Personnes intéressées / prospects", PROSPECTS,
                FarmsAndHousing.added(prospectsBefore, prospectsAfter), prospectsAfter.orElse(-1L), failed);
    }
}
