package qc.passerelle.bench.season;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A deterministic agricultural season (the same seed, the same season): farms with their housing, a tenth failing
 * the CNESST draft, workers from the usual sending countries arriving over the spring, and what happens to some of
 * them (absences, transfers, departures). A full season is 3,000 units and 18,500 arrivals; {@code size} scales it.
 */
record Season(List<Farm> farms, List<Unit> units, List<Arrival> arrivals, List<Transition> transitions) {

    record Farm(int index, String legalName, String neq, String region) {
    }

    record Unit(int index, int farm, boolean failing) {
    }

    record Arrival(int index, String country, String stream, String givenName, String familyName, int birthYear,
                   int farm, int unit, LocalDate date, String flight, boolean returning) {
    }

    enum Kind { ABSENCE, TRANSFER, DEPARTURE }

    record Transition(int arrival, Kind kind, int toFarm, int toUnit) {
    }

    static final String[] COUNTRIES = {"GT", "GT", "GT", "GT", "MX", "MX", "MX", "HN", "JM", "SV"};
    static final String[] REGIONS = {"MONTEREGIE", "CAPITALE_NATIONALE", "LANAUDIERE", "LAURENTIDES",
            "CENTRE_DU_QUEBEC", "CHAUDIERE_APPALACHES", "ESTRIE", "MAURICIE"};
    static final String[] GIVEN = {"José Luis", "María", "Juan Carlos", "Ana", "Luis Fernando", "Rosa", "Carlos",
            "Marta", "Jorge", "Lucía", "Pedro", "Elena", "Miguel Ángel", "Carmen", "Oswaldo", "Dolores", "Andrés",
            "Isabel", "Ricardo", "Teresa", "Kevin", "Shanice", "Delroy", "Tanisha", "Óscar", "Yolanda", "Erick",
            "Guadalupe", "Wilmer", "Sonia"};
    static final String[] FAMILY = {"Pérez", "García", "López", "Hernández", "González", "Martínez", "Rodríguez",
            "Ramírez", "Cruz", "Morales", "Reyes", "Gómez", "Díaz", "Vásquez", "Castillo", "Juárez", "Ortiz", "Chávez",
            "Mendoza", "Aguilar", "Flores", "Rivera", "Campbell", "Brown", "Williams", "Xicará", "Tzul", "Ajú",
            "Cojtí", "Quiej", "Mejía", "Zelaya", "Orellana", "Portillo", "Escobar", "Fuentes", "Barrios", "Pineda",
            "Solís", "Alvarado"};

    static Season generate(double size, long seed, LocalDate today) {
        Random random = new Random(seed);
        int unitCount = Math.max(5, (int) Math.round(3000 * size));
        int arrivalCount = Math.max(10, (int) Math.round(18_500 * size));
        int farmCount = Math.max(1, unitCount / 5);
        List<Farm> farms = new ArrayList<>();
        for (int f = 0; f < farmCount; f++) {
            farms.add(new Farm(f, "Ferme " + FAMILY[f % FAMILY.length] + " et fils " + (f + 1),
                    String.format("11%08d", 100_000 + f), REGIONS[random.nextInt(REGIONS.length)]));
        }
        List<Unit> units = new ArrayList<>();
        for (int u = 0; u < unitCount; u++) {
            units.add(new Unit(u, u % farmCount, u % 10 == 7));
        }
        List<Arrival> arrivals = new ArrayList<>();
        Set<String> people = new HashSet<>();
        for (int a = 0; a < arrivalCount; a++) {
            String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
            String given;
            String family;
            int birthYear;
            do {
                given = GIVEN[random.nextInt(GIVEN.length)];
                family = FAMILY[random.nextInt(FAMILY.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];
                birthYear = 1966 + random.nextInt(40);
            } while (!people.add(country + given + family + birthYear));
            int unit = random.nextInt(unitCount);
            String stream = country.equals("MX") || country.equals("JM") ? "SAWP" : "TFWP_AGRICULTURAL";
            arrivals.add(new Arrival(a, country, stream, given, family, birthYear, units.get(unit).farm(), unit,
                    today.minusDays(60 - (60L * a / arrivalCount)), (country.equals("MX") ? "AM " : "TS ") + (100 + random.nextInt(899)),
                    random.nextInt(10) < 6));
        }
        List<Transition> transitions = new ArrayList<>();
        int absences = (int) Math.round(460 * size);
        int transfers = (int) Math.round(180 * size);
        int departures = (int) Math.round(1_200 * size);
        Set<Integer> touched = new HashSet<>();
        for (Kind kind : Kind.values()) {
            int count = switch (kind) {
                case ABSENCE -> absences;
                case TRANSFER -> transfers;
                case DEPARTURE -> departures;
            };
            for (int i = 0; i < count && touched.size() < arrivalCount; i++) {
                int arrival;
                do {
                    arrival = random.nextInt(arrivalCount);
                } while (!touched.add(arrival));
                int toUnit = random.nextInt(unitCount);
                if (kind == Kind.TRANSFER && units.get(toUnit).farm() == arrivals.get(arrival).farm()) {
                    toUnit = (toUnit + 1) % unitCount;
                }
                if (kind == Kind.TRANSFER && units.get(toUnit).farm() == arrivals.get(arrival).farm()) {
                    continue;
                }
                transitions.add(new Transition(arrival, kind, units.get(toUnit).farm(), toUnit));
            }
        }
        return new Season(farms, units, arrivals, transitions);
    }

    /** What the common view must show for each worker at the end. */
    String finalStatus(int arrival) {
        return transitions.stream().filter(t -> t.arrival() == arrival).findFirst().map(t -> switch (t.kind()) {
            case ABSENCE -> "ABSENT";
            case DEPARTURE -> "DEPARTED";
            case TRANSFER -> "PRESENT";
        }).orElse("PRESENT");
    }
}
