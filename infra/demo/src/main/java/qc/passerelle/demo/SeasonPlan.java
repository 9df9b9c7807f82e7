package qc.passerelle.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The demo season, the same for the same seed and year: farms in several regions with their housing (a tenth
 * failing the CNESST draft), workers from the five sending countries arriving over the spring, and what happens to a
 * few of them. The first farm is the development issuer's demo employer ({@value #DEMO_FARM_ID}): it has workers
 * from Guatemala and Mexico and one failing unit with people in it, so its page shows an alert.
 */
record SeasonPlan(int year, List<Farm> farms, List<Unit> units, List<Worker> workers, List<Transition> transitions,
                  List<Report> reports) {

    static final String DEMO_FARM_ID = "emp-ferme-001";
    static final int FARMS = 40;
    static final int UNITS = 60;
    static final int WORKERS = 300;

    record Farm(int index, String id, String legalName, String neq, Region region) {
    }

    record Unit(int index, int farm, String address, boolean failing) {
    }

    record Worker(int index, String country, String givenName, String familyName, int birthYear, String stream,
                  int unit, LocalDate arrivalDate, String flightNumber, boolean returning) {
    }

    enum Kind { ABSENCE, TRANSFER, DEPARTURE }

    record Transition(int worker, Kind kind, int toUnit, LocalDate on, String reason) {
    }

    record Report(int index, int worker, String filedBy, String category, String language, String text) {
    }

    /** A region, with a town where farms employing seasonal workers are found. */
    record Region(String code, String town) {
    }

    static final List<Region> REGIONS = List.of(
            new Region("MONTEREGIE", "Saint-Rémi"),
            new Region("CAPITALE_NATIONALE", "Saint-Laurent-de-l'Île-d'Orléans"),
            new Region("LANAUDIERE", "L'Assomption"),
            new Region("LAURENTIDES", "Sainte-Anne-des-Plaines"),
            new Region("CENTRE_DU_QUEBEC", "Victoriaville"),
            new Region("CHAUDIERE_APPALACHES", "Saint-Lambert-de-Lauzon"),
            new Region("ESTRIE", "Compton"),
            new Region("MAURICIE", "Saint-Prosper-de-Champlain"));

    private static final List<String> FAMILIES = List.of("Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier",
            "Morin", "Lavoie", "Fortin", "Gagné", "Ouellet", "Pelletier", "Bélanger", "Lévesque", "Bergeron",
            "Leblanc", "Paquette", "Girard", "Simard", "Boucher", "Caron", "Beaulieu", "Cloutier", "Dubé", "Poirier",
            "Fournier", "Lapointe", "Leclerc", "Lefebvre", "Poulin", "Thibault", "St-Pierre", "Nadeau", "Martin",
            "Landry", "Martel", "Bédard", "Grenier", "Lessard");
    private static final List<String> KINDS_OF_FARM = List.of("Ferme %s et fils", "Les Jardins %s", "Vergers %s",
            "Serres %s", "Ferme maraîchère %s", "Fraisière %s", "Bleuetière %s", "Potager %s inc.");
    private static final List<String> ROADS = List.of("rang Saint-Joseph", "chemin du Roy", "rang Double",
            "montée Sainte-Marie", "rang du Bas-de-l'Église", "chemin des Patriotes");

    /** Per 30 workers: 12 from Guatemala, 10 from Mexico, 4 from Honduras, 2 from Jamaica, 2 from El Salvador. */
    private static final String[] COUNTRY_MIX = {"GT", "GT", "GT", "GT", "GT", "GT", "GT", "GT", "GT", "GT", "GT",
            "GT", "MX", "MX", "MX", "MX", "MX", "MX", "MX", "MX", "MX", "MX", "HN", "HN", "HN", "HN", "JM", "JM",
            "SV", "SV"};

    /**
     * The season of the year whose spring is the latest one begun: from March on this year's, before that last
     * year's. Every date in a command derives from it, so a second run the same season sends the same commands.
     */
    static int seasonOf(LocalDate today) {
        return today.getMonthValue() >= 3 ? today.getYear() : today.getYear() - 1;
    }

    static SeasonPlan generate(long seed, int year) {
        Random random = new Random(seed);
        List<Farm> farms = new ArrayList<>();
        for (int f = 0; f < FARMS; f++) {
            String id = String.format("emp-ferme-%03d", f + 1);
            String name = f == 0 ? "Ferme Beauséjour"
                    : String.format(KINDS_OF_FARM.get(f % KINDS_OF_FARM.size()), FAMILIES.get(f - 1));
            farms.add(new Farm(f, id, name, String.format("117900%04d", f + 1), REGIONS.get(f % REGIONS.size())));
        }
        // the first 20 farms have two units, the others one; every tenth unit fails (the demo farm's second one)
        List<Unit> units = new ArrayList<>();
        for (int u = 0; u < UNITS; u++) {
            int farm = u < 40 ? u / 2 : u - 20;
            Region region = farms.get(farm).region();
            String address = (120 + 37 * u % 900) + ", " + ROADS.get(u % ROADS.size()) + ", " + region.town();
            units.add(new Unit(u, farm, address, u % 10 == 1));
        }
        List<String> countries = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            countries.add(COUNTRY_MIX[w % COUNTRY_MIX.length]);
        }
        Collections.shuffle(countries, random);
        // the demo farm's units get workers 0, 1, 60, 61...: Guatemalans in both, a Mexican in each too
        put(countries, 0, "GT");
        put(countries, 1, "GT");
        put(countries, 60, "MX");
        put(countries, 61, "MX");
        List<Worker> workers = new ArrayList<>();
        Set<String> people = new HashSet<>();
        LocalDate spring = LocalDate.of(year, 3, 20);
        for (int w = 0; w < WORKERS; w++) {
            String country = countries.get(w);
            PeopleNames.Name name;
            int birthYear;
            do {
                name = PeopleNames.of(country, random);
                birthYear = year - 22 - random.nextInt(34);
            } while (!people.add(country + name + birthYear));
            String stream = country.equals("MX") || country.equals("JM") ? "SAWP" : "TFWP_AGRICULTURAL";
            workers.add(new Worker(w, country, name.given(), name.family(), birthYear, stream, w % UNITS,
                    spring.plusDays(82L * w / WORKERS), flight(country, random), random.nextInt(10) < 6));
        }
        return new SeasonPlan(year, farms, units, workers, transitions(workers, units), reports(workers));
    }

    /** Swaps a worker of that country, from beyond the demo farm's first ones, into this place. */
    private static void put(List<String> countries, int index, String country) {
        if (!countries.get(index).equals(country)) {
            Collections.swap(countries, index, findAfter(countries, country, 62));
        }
    }

    private static int findAfter(List<String> countries, String country, int from) {
        for (int i = from; i < countries.size(); i++) {
            if (countries.get(i).equals(country)) {
                return i;
            }
        }
        throw new IllegalStateException("no worker from " + country);
    }

    private static String flight(String country, Random random) {
        String airline = switch (country) {
            case "MX" -> "AM";
            case "JM" -> "WS";
            case "SV" -> "TA";
            case "HN" -> "AC";
            default -> "TS";
        };
        return airline + " " + (100 + random.nextInt(1900));
    }

    /** Five absences, six transfers (to a compliant unit of another farm than the demo one) and eight departures. */
    private static List<Transition> transitions(List<Worker> workers, List<Unit> units) {
        List<Transition> transitions = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Worker worker = workers.get(7 + 58 * i);
            transitions.add(new Transition(worker.index(), Kind.ABSENCE, -1, worker.arrivalDate().plusDays(24), null));
        }
        for (int i = 0; i < 6; i++) {
            Worker worker = workers.get(13 + 47 * i);
            int toUnit = (worker.unit() + 22) % units.size();
            while (units.get(toUnit).failing() || units.get(toUnit).farm() == units.get(worker.unit()).farm()
                    || units.get(toUnit).farm() == 0) {
                toUnit = (toUnit + 1) % units.size();
            }
            transitions.add(new Transition(worker.index(), Kind.TRANSFER, toUnit, worker.arrivalDate().plusDays(30), null));
        }
        String[] reasons = {"END_OF_CONTRACT", "END_OF_CONTRACT", "MEDICAL", "END_OF_CONTRACT", "VOLUNTARY",
                "END_OF_CONTRACT", "END_OF_CONTRACT", "OTHER"};
        for (int i = 0; i < reasons.length; i++) {
            Worker worker = workers.get(22 + 35 * i);
            transitions.add(new Transition(worker.index(), Kind.DEPARTURE, -1, worker.arrivalDate().plusDays(70),
                    reasons[i]));
        }
        return transitions;
    }

    private static List<Report> reports(List<Worker> workers) {
        String[][] texts = {
                {"WORKER", "HOUSING", "ES", "El agua caliente no funciona desde hace una semana en la casa."},
                {"SUPPORT_ORGANIZATION", "WAGES", "FR", "Les heures supplémentaires de juin n'ont pas été payées à trois travailleurs."},
                {"WORKER", "HEALTH_AND_SAFETY", "EN", "No gloves or masks are given for spraying in the orchard."},
                {"WORKER", "HOUSING", "FR", "Huit personnes partagent une seule toilette dans la maison du rang."},
                {"SUPPORT_ORGANIZATION", "RECRUITMENT_FEES", "ES", "Un intermediario cobró 800 dólares por el puesto antes de la salida."},
                {"WORKER", "MISTREATMENT", "EN", "The supervisor shouts at workers and threatens to send them home."},
                {"SUPPORT_ORGANIZATION", "HOUSING", "FR", "Pas de détecteur de fumée dans la chambre B de la maison."},
                {"WORKER", "WAGES", "ES", "Me pagan menos horas de las que trabajo en la cosecha de fresas."},
                {"WORKER", "OTHER", "EN", "I need help to renew my health insurance card."},
                {"SUPPORT_ORGANIZATION", "HEALTH_AND_SAFETY", "FR", "Un travailleur blessé au dos n'a pas pu voir de médecin."},
                {"WORKER", "HOUSING", "ES", "Hay chinches en las camas del segundo piso."},
                {"WORKER", "HEALTH_AND_SAFETY", "EN", "We work in the fields during heat warnings without breaks."}};
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            // the demo farm's failing unit (worker 1) has the first report
            int worker = i == 0 ? 1 : 3 + 23 * i;
            reports.add(new Report(i, workers.get(worker).index(), texts[i][0], texts[i][1], texts[i][2], texts[i][3]));
        }
        return reports;
    }
}
