package qc.passerelle.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;

/** Names as they are given in each sending country: two family names in Central America and Mexico, one in Jamaica. */
final class PeopleNames {

    record Name(String given, String family) {
    }

    private record Country(List<String> given, List<String> family, boolean twoFamilyNames) {
    }

    private static final Map<String, Country> COUNTRIES = Map.of(
            "GT", new Country(List.of("José", "Juan", "Carlos", "Luis", "Miguel", "Marvin", "Edwin", "Byron", "Selvin",
                    "Wilmer", "Óscar", "Kevin", "Mynor", "Erick", "Santos", "María", "Ana", "Rosa", "Sandra", "Gladys",
                    "Lidia", "Ingrid"),
                    List.of("López", "García", "Pérez", "Hernández", "Ajú", "Tzul", "Xicará", "Cojtí", "Quiej",
                            "Chávez", "Morales", "Ramírez", "Sic", "Tuy", "Coyoy", "Batz", "Yax", "Chocoj", "Méndez",
                            "Orozco"), true),
            "MX", new Country(List.of("José Luis", "Juan Carlos", "Miguel Ángel", "Jesús", "Francisco", "Alejandro",
                    "Ricardo", "Fernando", "Arturo", "Raúl", "Rogelio", "Efraín", "Heriberto", "Guadalupe",
                    "María Elena", "Verónica", "Leticia", "Alma", "Rocío"),
                    List.of("Hernández", "García", "Martínez", "López", "González", "Rodríguez", "Sánchez", "Ramírez",
                            "Cruz", "Flores", "Gómez", "Morales", "Vázquez", "Reyes", "Jiménez", "Torres", "Díaz",
                            "Gutiérrez", "Ruiz", "Mendoza"), true),
            "HN", new Country(List.of("Wilmer", "Elvin", "Santos", "Darwin", "Nery", "Osman", "Yoni", "Marlon",
                    "Denis", "Fredy", "Mario", "Dunia", "Karla", "Suyapa", "Iris"),
                    List.of("Zelaya", "Mejía", "Flores", "Martínez", "Reyes", "Rodríguez", "Cruz", "Hernández",
                            "Maradiaga", "Banegas", "Ordóñez", "Paz", "Alvarado", "Euceda", "Padilla", "Castro"), true),
            "JM", new Country(List.of("Delroy", "Andre", "Garfield", "Kemar", "Ricardo", "Fitzroy", "Everton", "Devon",
                    "Omar", "Shane", "Orville", "Clive", "Tanisha", "Shanice", "Kadian", "Sheree"),
                    List.of("Campbell", "Brown", "Williams", "Thompson", "Clarke", "Morgan", "Grant", "Reid", "Francis",
                            "McKenzie", "Gordon", "Lewis", "Bailey", "Stewart", "Johnson", "Henry", "Walker",
                            "Wright"), false),
            "SV", new Country(List.of("José", "Carlos", "Óscar", "Nelson", "Mauricio", "Edgar", "Walter", "René",
                    "Roberto", "Juan Pablo", "Fátima", "Jenny", "Xiomara", "Morena", "Cecilia"),
                    List.of("Hernández", "Martínez", "López", "Rivas", "Portillo", "Orellana", "Escobar", "Ayala",
                            "Alvarado", "Guardado", "Menjívar", "Romero", "Melgar", "Quintanilla", "Funes", "Argueta",
                            "Cañas"), true));

    private PeopleNames() {
    }

    static Name of(String country, Random random) {
        Country names = COUNTRIES.getOrDefault(country, COUNTRIES.get("MX"));
        String given = names.given().get(random.nextInt(names.given().size()));
        String family = names.family().get(random.nextInt(names.family().size()));
        if (names.twoFamilyNames()) {
            String second;
            do {
                second = names.family().get(random.nextInt(names.family().size()));
            } while (second.equals(family));
            family = family + " " + second;
        }
        return new Name(given, family);
    }
}
