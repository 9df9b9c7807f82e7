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

    /** The week number of an ISO week ({@code 2026-W14} → 14), for a chart's axis. */
    public String week(String isoWeek) {
        int w = isoWeek == null ? -1 : isoWeek.indexOf("-W");
        return w < 0 ? String.valueOf(isoWeek) : isoWeek.substring(w + 2);
    }
}
