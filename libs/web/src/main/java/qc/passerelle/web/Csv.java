package qc.passerelle.web;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * RFC 4180 lines that a spreadsheet opens without running anything: a cell that a spreadsheet would read as a
 * formula (beginning with {@code = + - @}, a tab or a carriage return) is prefixed with an apostrophe, and so is a
 * cell that contains a line break (a formula can start after it); cells with commas, quotes or line breaks are quoted.
 */
public final class Csv {

    private Csv() {
    }

    public static String line(Object... cells) {
        return Arrays.stream(cells).map(cell -> cell(cell == null ? null : cell.toString())).collect(Collectors.joining(","));
    }

    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        boolean dangerous = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        String safe = dangerous ? "'" + value : value;
        boolean quoted = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0;
        return quoted ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
