package qc.passerelle.browser;

import tools.jackson.databind.JsonNode;

/**
 * The three audiences of the dashboard and their main pages, each signed in as a demo user of the development issuer
 * ({@code GET /dev/users}): the MIFI analyst, the demo farm, the consulate of Guatemala.
 */
enum Audience {

    MIFI("mifi"),
    EMPLOYER("employeur"),
    CONSULATE("consulat");

    /** The name of its screenshots: {@code docs/screenshots/<name>-<lang>.png}. */
    final String fileName;

    Audience(String fileName) {
        this.fileName = fileName;
    }

    /** The demo user the sign-in page offers for this audience. */
    String subject(Season season) {
        return switch (this) {
            case MIFI -> season.issuer().demoUser("MIFI").get("subject").asString();
            case EMPLOYER -> employer(season).get("subject").asString();
            case CONSULATE -> "consulat-gt";
        };
    }

    /** The page this audience lands on after signing in (the dashboard contract). */
    String mainPage(Season season) {
        return switch (this) {
            case MIFI -> "/tableau/mifi";
            case EMPLOYER -> "/tableau/employeurs/" + employer(season).get("claims").get("employer_id").asString();
            case CONSULATE -> "/tableau/consulats/GT";
        };
    }

    private static JsonNode employer(Season season) {
        return season.issuer().demoUser("EMPLOYER");
    }
}
