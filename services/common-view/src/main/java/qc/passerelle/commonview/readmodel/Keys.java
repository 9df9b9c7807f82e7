package qc.passerelle.commonview.readmodel;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * How ids become parts of read models: map keys (a MongoDB path splits on {@code .} and an operator starts with
 * {@code $}, so both are escaped), ISO weeks, and the bucket of a per-scope document.
 */
public final class Keys {

    private Keys() {
    }

    /** An id as a field name, reversibly: {@code %}, {@code .} and {@code $} are percent-encoded. */
    public static String field(String id) {
        return id.replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }

    public static String id(String field) {
        return field.replace("%24", "$").replace("%2E", ".").replace("%25", "%");
    }

    /** The ISO week of a date, e.g. {@code 2027-W14}: weeks sort as text. */
    public static String week(LocalDate date) {
        return date.get(IsoFields.WEEK_BASED_YEAR) + "-W" + digits(date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
    }

    /**
     * A number of at most {@code width} digits, zeros in front ({@code String.format} costs more than the rest of a
     * projection's step: it runs for every event).
     */
    public static String digits(int number, int width) {
        String digits = Integer.toString(number);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    /** Which of {@code buckets} documents of a scope holds this id: the same answer on every JVM. */
    public static int bucket(String id, int buckets) {
        return Math.floorMod(id.hashCode(), buckets);
    }
}
