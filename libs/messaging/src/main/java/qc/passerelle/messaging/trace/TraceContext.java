package qc.passerelle.messaging.trace;

import java.util.HashMap;
import java.util.Map;
import org.slf4j.MDC;

/**
 * The trace the current thread works for, kept in the logging context (MDC) so that every log line carries it:
 * {@value #TRACE_ID} and {@value #SPAN_ID} as W3C ids, and {@value #CORRELATION_ID}, the id a user quotes to support.
 * The web library's request filter fills the same keys for an HTTP request; the consumer fills them for a record;
 * the outbox reads them to tie the events a command writes to the request or record that caused them.
 */
public final class TraceContext {

    public static final String TRACE_ID = "traceId";
    public static final String SPAN_ID = "spanId";
    public static final String CORRELATION_ID = "correlationId";

    private TraceContext() {
    }

    /** The trace the thread is in, or null outside any request or record. */
    public static TraceParent current() {
        String traceId = MDC.get(TRACE_ID);
        if (!TraceParent.isTraceId(traceId)) {
            return null;
        }
        String spanId = MDC.get(SPAN_ID);
        return new TraceParent(traceId, TraceParent.isSpanId(spanId) ? spanId : TraceParent.newSpanId(), "01");
    }

    /** The current trace, or a new one when the thread works for no request and no record. */
    public static TraceParent currentOrFresh() {
        TraceParent current = current();
        return current == null ? TraceParent.fresh() : current;
    }

    /** Works for {@code trace} (its trace id is also the correlation id) until the scope is closed. */
    public static Scope open(TraceParent trace) {
        return open(trace, trace.traceId());
    }

    /**
     * Works for {@code trace} under another correlation id (a batch of records from several requests names them all)
     * until the scope is closed, which puts back what the thread had before.
     */
    public static Scope open(TraceParent trace, String correlationId) {
        Map<String, String> before = new HashMap<>();
        for (String key : new String[] {TRACE_ID, SPAN_ID, CORRELATION_ID}) {
            before.put(key, MDC.get(key));
        }
        MDC.put(TRACE_ID, trace.traceId());
        MDC.put(SPAN_ID, trace.spanId());
        MDC.put(CORRELATION_ID, correlationId);
        return new Scope(before);
    }

    /** Puts the logging context back as it was; closing twice does nothing more. */
    public static final class Scope implements AutoCloseable {

        private Map<String, String> before;

        private Scope(Map<String, String> before) {
            this.before = before;
        }

        @Override
        public void close() {
            if (before == null) {
                return;
            }
            before.forEach((key, value) -> {
                if (value == null) {
                    MDC.remove(key);
                } else {
                    MDC.put(key, value);
                }
            });
            before = null;
        }
    }
}
