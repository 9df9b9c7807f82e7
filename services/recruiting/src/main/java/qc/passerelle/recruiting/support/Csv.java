package qc.passerelle.recruiting.support;

import java.util.Arrays;
import java.util.stream.Collectors;

/** RFC 4180 lines; a cell that a spreadsheet would run as a formula is neutralised (CSV injection). */
public final class Csv {

    private Csv() {
    }

    public static String line(Object... cells) {
        return Arrays.stream(cells).map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
