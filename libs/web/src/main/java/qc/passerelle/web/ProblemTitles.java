package qc.passerelle.web;

import java.util.Locale;
import java.util.Map;

/** Problem titles in French first, then Spanish and English, chosen from the request's Accept-Language. */
final class ProblemTitles {

    enum Kind { INVALID, CONFLICT, NOT_FOUND, UNAVAILABLE, UNEXPECTED }

    private static final Map<Kind, Map<String, String>> TITLES = Map.of(
            Kind.INVALID, Map.of("fr", "Requête invalide", "es", "Solicitud no válida", "en", "Invalid request"),
            Kind.CONFLICT, Map.of("fr", "Conflit avec l'état actuel", "es", "Conflicto con el estado actual",
                    "en", "Conflict with the current state"),
            Kind.NOT_FOUND, Map.of("fr", "Introuvable", "es", "No encontrado", "en", "Not found"),
            Kind.UNAVAILABLE, Map.of("fr", "Service momentanément indisponible", "es", "Servicio no disponible por el momento",
                    "en", "Service temporarily unavailable"),
            Kind.UNEXPECTED, Map.of("fr", "Erreur inattendue", "es", "Error inesperado", "en", "Unexpected error"));

    private ProblemTitles() {
    }

    static String title(Kind kind, Locale locale) {
        String language = locale == null ? "fr" : locale.getLanguage();
        Map<String, String> titles = TITLES.get(kind);
        return titles.getOrDefault(language, titles.get("fr"));
    }
}
