package qc.passerelle.web;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The W3C Trace Context of a request (the {@value #HEADER} header, version 00): the trace id it belongs to and the
 * caller's span. The messaging library keeps its own copy of these few rules (the architecture keeps messaging and
 * web apart); the two meet in the logging context's keys {@code traceId}, {@code spanId} and {@code correlationId},
 * which the outbox reads to give the events a request writes the request's trace.
 */
record TraceParent(String traceId, String spanId) {

    static final String HEADER = "traceparent";

    private static final Pattern FORMAT =
            Pattern.compile("([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?");
    private static final Pattern UUID_OR_TRACE_ID = Pattern.compile("[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?"
            + "[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}");
    private static final String ZERO_TRACE = "0".repeat(32);
    private static final String ZERO_SPAN = "0".repeat(16);

    /**
     * The header's trace context, or empty when it is missing or invalid: version ff and all-zero ids are invalid;
     * version 00 has exactly four fields; a later version may add fields after them.
     */
    static Optional<TraceParent> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(header.trim());
        if (!m.matches() || m.group(1).equals("ff") || (m.group(1).equals("00") && m.group(5) != null)
                || m.group(2).equals(ZERO_TRACE) || m.group(3).equals(ZERO_SPAN)) {
            return Optional.empty();
        }
        return Optional.of(new TraceParent(m.group(2), m.group(3)));
    }

    /**
     * A correlation id that is a UUID or already a trace id (what most callers send as {@code X-Correlation-Id}) names
     * the trace as well: its 32 hexadecimal digits, so the caller's id can be found in the events' traces.
     */
    static Optional<String> traceIdOf(String correlationId) {
        if (correlationId == null || !UUID_OR_TRACE_ID.matcher(correlationId).matches()) {
            return Optional.empty();
        }
        String hex = correlationId.replace("-", "").toLowerCase(Locale.ROOT);
        return hex.equals(ZERO_TRACE) ? Optional.empty() : Optional.of(hex);
    }

    static String newTraceId() {
        return randomHex(16, ZERO_TRACE);
    }

    static String newSpanId() {
        return randomHex(8, ZERO_SPAN);
    }

    private static String randomHex(int bytes, String zero) {
        byte[] random = new byte[bytes];
        String hex;
        do {
            ThreadLocalRandom.current().nextBytes(random);
            hex = HexFormat.of().formatHex(random);
        } while (hex.equals(zero));
        return hex;
    }
}
