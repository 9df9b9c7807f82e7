package qc.passerelle.commonview.dashboard;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, numbers and country names in the page's language ({@code ${@formats.date(...)}} in the templates), in
 * Quebec's time zone: a consular officer in Guatemala City reads the time the farm saw.
 */
@Component("formats")
public class Formats {

    static final ZoneId QUEBEC = ZoneId.of("America/Toronto");

    private static Locale locale() {
        Locale locale = LocaleContextHolder.getLocale();
        Locale supported = Languages.supported(locale.getLanguage());
        String language = supported == null ? "fr" : supported.getLanguage();
        // Quebec's own conventions for French and English (2026-05-04, 14 h 30); Spanish and Portuguese as written
        return Locale.of(language, language.equals("fr") || language.equals("en") ? "CA" : "");
    }

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale())
                .format(instant.atZone(QUEBEC));
    }

    /** A date as the events carry it ({@code 2026-05-04}) or as a LocalDate. */
    public String date(Object value) {
        if (value == null) {
            return "";
        }
        try {
            LocalDate date = value instanceof LocalDate d ? d : LocalDate.parse(value.toString());
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
        } catch (DateTimeParseException e) {
            return value.toString();
        }
    }

    public String number(Object value) {
        if (!(value instanceof Number n)) {
            return value == null ? "" : value.toString();
        }
        return NumberFormat.getIntegerInstance(locale()).format(n.longValue());
    }

    public String percent(Double rate) {
        if (rate == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale());
        format.setMaximumFractionDigits(1);
        return format.format(rate);
    }

    /** The country's name in the page's language (GT → Guatemala), or the code when unknown. */
    public String country(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = Locale.of("", code).getDisplayCountry(locale());
        return name.isBlank() || name.equals(code) ? code : name;
    }

    /** Quebec's administrative regions by their official names, the same in every language. */
    static final java.util.Map<String, String> REGIONS = java.util.Map.ofEntries(
            java.util.Map.entry("BAS_SAINT_LAURENT", "Bas-Saint-Laurent"),
            java.util.Map.entry("SAGUENAY_LAC_SAINT_JEAN", "Saguenay–Lac-Saint-Jean"),
            java.util.Map.entry("CAPITALE_NATIONALE", "Capitale-Nationale"), java.util.Map.entry("MAURICIE", "Mauricie"),
            java.util.Map.entry("ESTRIE", "Estrie"), java.util.Map.entry("MONTREAL", "Montréal"),
            java.util.Map.entry("OUTAOUAIS", "Outaouais"), java.util.Map.entry("ABITIBI_TEMISCAMINGUE", "Abitibi-Témiscamingue"),
            java.util.Map.entry("COTE_NORD", "Côte-Nord"), java.util.Map.entry("NORD_DU_QUEBEC", "Nord-du-Québec"),
            java.util.Map.entry("GASPESIE_ILES_DE_LA_MADELEINE", "Gaspésie–Îles-de-la-Madeleine"),
            java.util.Map.entry("CHAUDIERE_APPALACHES", "Chaudière-Appalaches"), java.util.Map.entry("LAVAL", "Laval"),
            java.util.Map.entry("LANAUDIERE", "Lanaudière"), java.util.Map.entry("LAURENTIDES", "Laurentides"),
            java.util.Map.entry("MONTEREGIE", "Montérégie"), java.util.Map.entry("CENTRE_DU_QUEBEC", "Centre-du-Québec"));

    public String region(String code) {
        return code == null ? "" : REGIONS.getOrDefault(code, code);
    }

    /** The inner keys of a chart's figures (countries, regions) by their names, in the page's language. */
    public java.util.Map<String, java.util.Map<String, Integer>> named(java.util.Map<String, java.util.Map<String, Integer>> figures,
                                                                       java.util.function.UnaryOperator<String> name) {
        java.util.Map<String, java.util.Map<String, Integer>> named = new java.util.LinkedHashMap<>();
        figures.forEach((category, values) -> {
            java.util.Map<String, Integer> row = new java.util.TreeMap<>();
            values.forEach((key, value) -> row.merge(name.apply(key), value, Integer::sum));
            named.put(category, row);
        });
        return named;
    }

    /** The rule a deficiency breaks ({@code CNESST_2026_DRAFT/A/bunk-beds} → {@code bunk-beds}), for its label. */
    public String ruleKey(String ruleId) {
        return ruleId == null ? "" : ruleId.substring(ruleId.lastIndexOf('/') + 1);
    }

    /** The room a deficiency is in ({@code CNESST_2026_DRAFT/A/bunk-beds} → {@code A}), or null for the whole unit. */
    public String ruleRoom(String ruleId) {
        String[] parts = ruleId == null ? new String[0] : ruleId.split("/");
        return parts.length >= 3 ? parts[parts.length - 2] : null;
    }

    /** The week number of an ISO week ({@code 2026-W14} → 14), for a chart's axis. */
    public String week(String isoWeek) {
        int w = isoWeek == null ? -1 : isoWeek.indexOf("-W");
        return w < 0 ? String.valueOf(isoWeek) : isoWeek.substring(w + 2);
    }
}
