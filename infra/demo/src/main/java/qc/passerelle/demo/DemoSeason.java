package qc.passerelle.demo;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code ./passerelle demo}: loads a deterministic, realistic small season into a running stack through the
 * services' public HTTP APIs only (never their databases), with tokens from the development issuer. About forty
 * farms in eight regions and their sixty housing units (a tenth failing the CNESST draft), three hundred workers
 * from Guatemala, Mexico, Honduras, Jamaica and El Salvador arriving over the spring, a few absences, transfers and
 * departures, condition reports in French, Spanish and English, one Journées Québec mission with 2,000 applications
 * and 50 hires (whom francization enrols by itself) and a promotion event with 100 prospects.
 *
 * <p>Safe to run again: every command carries an Idempotency-Key derived from the seed and the season (a repeat
 * answers the earlier result and publishes nothing), records with ids of the demo's choosing are looked up first, and
 * a worker's change is sent only if the worker is not already there; the report then says that nothing is new.
 * A service that does not answer is skipped, and the report says what was left out.
 */
public final class DemoSeason {

    /** How much to load and how: the defaults are the season; tests may ask for fewer applications. */
    public record Options(long seed, int applications, int hires, int clients, Duration francizationWait) {

        public static Options defaults() {
            return new Options(2027, 2000, 50, 8, Duration.ofSeconds(60));
        }

        public Options withApplications(int count) {
            return new Options(seed, count, hires, clients, francizationWait);
        }
    }

    private DemoSeason() {
    }

    public static DemoReport load(DemoTargets targets, Progress progress) {
        return load(targets, progress, Options.defaults());
    }

    public static DemoReport load(DemoTargets targets, Progress progress, Options options) {
        return load(targets, progress, options, LocalDate.now());
    }

    static DemoReport load(DemoTargets targets, Progress progress, Options options, LocalDate today) {
        DemoReport report = new DemoReport();
        DemoApi api = new DemoApi(targets.identity());
        SeasonPlan plan = SeasonPlan.generate(options.seed(), SeasonPlan.seasonOf(today));
        ExecutorService clients = Executors.newFixedThreadPool(Math.max(1, options.clients()));
        try {
            LoadContext load = new LoadContext(api, targets, report, progress, clients,
                    "demo-" + options.seed() + "-" + plan.year() + "-");
            try {
                load.mifi();
            } catch (RuntimeException e) {
                report.skipped("tout : pas d'émetteur de jetons de développement / everything: no development token "
                        + "issuer at " + targets.identity() + " (" + e.getMessage() + ")");
                return report;
            }
            Map<String, Boolean> up = new LinkedHashMap<>();
            up.put("recruiting", api.healthy(targets.recruiting()));
            up.put("agricultural-workers", api.healthy(targets.agriculturalWorkers()));
            up.put("francization", api.healthy(targets.francization()));
            up.put("student-attraction", api.healthy(targets.studentAttraction()));
            up.put("common-view", api.healthy(targets.commonView()));
            up.forEach((service, running) -> {
                if (!running) {
                    progress.note(service + " ne répond pas / does not answer");
                }
            });

            if (up.get("recruiting")) {
                FarmsAndHousing farms = new FarmsAndHousing(load, plan);
                farms.employers();
                if (up.get("agricultural-workers")) {
                    farms.housing();
                    WorkersSeason season = new WorkersSeason(load, plan, farms.unitIds);
                    season.arrivals();
                    season.transitions();
                    season.reports();
                } else {
                    report.skipped("logements, travailleurs, signalements : agricultural-workers ne répond pas à "
                            + targets.agriculturalWorkers() + " / housing, workers, reports: agricultural-workers "
                            + "does not answer");
                }
                JourneesQuebec mission = new JourneesQuebec(load, plan, options.applications(), options.hires(), today,
                        options.seed());
                if (mission.mission()) {
                    mission.applications();
                    long enrolmentsBefore = up.get("francization") ? mission.enrolmentsNow() : -1;
                    mission.hires();
                    if (up.get("francization")) {
                        mission.francization(enrolmentsBefore, options.francizationWait());
                    } else {
                        report.skipped("vérification de la francisation : francization ne répond pas à "
                                + targets.francization() + " (elle inscrira les embauches à son retour) / "
                                + "francization check: the service does not answer (it enrols the hires when back)");
                    }
                }
            } else {
                report.skipped("fermes, logements, travailleurs, Journées Québec : recruiting ne répond pas à "
                        + targets.recruiting() + " (les fermes y sont inscrites en premier) / farms, housing, "
                        + "workers, Journées Québec: recruiting does not answer (farms are registered there first)");
            }
            if (up.get("student-attraction")) {
                new StudentPromotion(load, plan.year(), options.seed()).load();
            } else {
                report.skipped("promotion et personnes intéressées : student-attraction ne répond pas à "
                        + targets.studentAttraction() + " / promotion event and prospects: student-attraction does "
                        + "not answer");
            }
            if (!up.get("common-view")) {
                report.skipped("tableau de bord : common-view ne répond pas à " + targets.commonView() + " (il "
                        + "montrera la saison à son démarrage) / dashboard: common-view does not answer (it shows "
                        + "the season once it runs)");
            }
            return report;
        } finally {
            clients.shutdownNow();
            progress.finish();
        }
    }

    /**
     * {@code java -jar demo-exec.jar [--issuer=URL] [--common-view=URL] [--recruiting=URL]
     * [--student-attraction=URL] [--francization=URL] [--agricultural-workers=URL] [--applications=N] [--seed=N]
     * [--clients=N]}: the local stack's ports unless told otherwise.
     */
    public static void main(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (arg.equals("-h") || arg.equals("--help")) {
                System.out.println("usage: ./passerelle demo [--issuer=URL] [--common-view=URL] [--recruiting=URL] "
                        + "[--student-attraction=URL] [--francization=URL] [--agricultural-workers=URL] "
                        + "[--applications=N] [--seed=N] [--clients=N]");
                return;
            }
            if (!arg.startsWith("--") || !arg.contains("=")) {
                System.err.println("unknown argument " + arg + " (--help)");
                System.exit(2);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        DemoTargets local = DemoTargets.local();
        DemoTargets targets = new DemoTargets(
                URI.create(options.getOrDefault("issuer", local.identity().toString())),
                URI.create(options.getOrDefault("common-view", local.commonView().toString())),
                URI.create(options.getOrDefault("recruiting", local.recruiting().toString())),
                URI.create(options.getOrDefault("student-attraction", local.studentAttraction().toString())),
                URI.create(options.getOrDefault("francization", local.francization().toString())),
                URI.create(options.getOrDefault("agricultural-workers", local.agriculturalWorkers().toString())));
        Options defaults = Options.defaults();
        Options chosen = new Options(Long.parseLong(options.getOrDefault("seed", Long.toString(defaults.seed()))),
                Integer.parseInt(options.getOrDefault("applications", Integer.toString(defaults.applications()))),
                defaults.hires(), Integer.parseInt(options.getOrDefault("clients", Integer.toString(defaults.clients()))),
                defaults.francizationWait());
        System.out.println("Saison de démonstration / demo season → " + targets.commonView());
        long start = System.nanoTime();
        DemoReport report = load(targets, Progress.console(System.out, System.console() != null), chosen);
        System.out.println();
        System.out.print(report.describe());
        System.out.printf("En %.0f s. Ouvrez / open %s/%n", (System.nanoTime() - start) / 1e9, targets.commonView());
        System.exit(report.failures().isEmpty() ? 0 : 1);
    }
}
