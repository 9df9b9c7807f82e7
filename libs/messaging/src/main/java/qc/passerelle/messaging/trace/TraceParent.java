package qc.passerelle.messaging.trace;

import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A W3C Trace Context {@code traceparent} (version 00): the trace an event belongs to and the span that caused it.
 * It travels as the {@value #HEADER} record header, the name CloudEvents' distributed tracing extension uses, so an
 * event's consumer logs under the trace id of the HTTP request that produced it. The web library parses the HTTP
 * header with its own copy of these few rules: the architecture keeps messaging and web apart, and the two meet only
 * in the logging context's keys ({@link TraceContext}).
 */
public record TraceParent(String traceId, String spanId, String flags) {

    public static final String HEADER = "traceparent";

    private static final Pattern FORMAT =
            Pattern.compile("([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?");
    private static final String ZERO_TRACE = "0".repeat(32);
    private static final String ZERO_SPAN = "0".repeat(16);
    private static final String SAMPLED = "01";

    public TraceParent {
        if (!isTraceId(traceId) || !isSpanId(spanId) || flags == null || flags.length() != 2
                || !lowerHex(flags)) {
            throw new IllegalArgumentException("not a W3C trace context: " + traceId + "/" + spanId + "/" + flags);
        }
    }

    /**
     * The header's trace context, or empty when it is missing or invalid (the caller then starts a new trace): version
     * ff and all-zero ids are invalid; version 00 has exactly four fields; a later version may add fields after them.
     */
    public static Optional<TraceParent> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(header.trim());
        if (!m.matches() || m.group(1).equals("ff") || (m.group(1).equals("00") && m.group(5) != null)
                || m.group(2).equals(ZERO_TRACE) || m.group(3).equals(ZERO_SPAN)) {
            return Optional.empty();
        }
        return Optional.of(new TraceParent(m.group(2), m.group(3), m.group(4)));
    }

    /** A new trace: for work that no request and no record caused (a timer, an old outbox entry). */
    public static TraceParent fresh() {
        return new TraceParent(randomHex(16, ZERO_TRACE), newSpanId(), SAMPLED);
    }

    /** The same trace, one step further: a new span whose parent is this one. */
    public TraceParent child() {
        return new TraceParent(traceId, newSpanId(), flags);
    }

    public static String newSpanId() {
        return randomHex(8, ZERO_SPAN);
    }

    public static boolean isTraceId(String id) {
        return id != null && id.length() == 32 && lowerHex(id) && !id.equals(ZERO_TRACE);
    }

    public static boolean isSpanId(String id) {
        return id != null && id.length() == 16 && lowerHex(id) && !id.equals(ZERO_SPAN);
    }

    /** The header's value. */
    public String header() {
        return "00-" + traceId + "-" + spanId + "-" + flags;
    }

    @Override
    public String toString() {
        return header();
    }

    /** Every character a lower-case hex digit (a loop: a stream here cost a share of every record's handling). */
    private static boolean lowerHex(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
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
