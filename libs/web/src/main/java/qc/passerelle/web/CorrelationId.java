package qc.passerelle.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a correlation id, puts it in the logging context and in the answer, so that a problem document
 * and the log lines about it can be matched, here and in the services that consume the events the request wrote.
 * A request with a valid W3C {@code traceparent} belongs to that trace, and its correlation id is the trace id;
 * otherwise the caller's {@code X-Correlation-Id} if it sent a sensible one (a UUID or a trace id also names the
 * trace); otherwise a new trace id. The logging context gets {@value #MDC_KEY}, {@value #TRACE_ID_KEY} and
 * {@value #SPAN_ID_KEY} (a new span: this service's part of the trace); the outbox reads them.
 */
public class CorrelationId extends OncePerRequestFilter {

    public static final String HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";
    public static final String TRACE_ID_KEY = "traceId";
    public static final String SPAN_ID_KEY = "spanId";
    private static final Pattern SENSIBLE = Pattern.compile("[A-Za-z0-9._:-]{8,100}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String traceId;
        String id;
        TraceParent caller = TraceParent.parse(request.getHeader(TraceParent.HEADER)).orElse(null);
        String given = request.getHeader(HEADER);
        if (caller != null) {
            traceId = caller.traceId();
            id = traceId;
        } else if (given != null && SENSIBLE.matcher(given).matches()) {
            traceId = TraceParent.traceIdOf(given).orElseGet(TraceParent::newTraceId);
            id = given;
        } else {
            traceId = TraceParent.newTraceId();
            id = traceId;
        }
        MDC.put(MDC_KEY, id);
        MDC.put(TRACE_ID_KEY, traceId);
        MDC.put(SPAN_ID_KEY, TraceParent.newSpanId());
        response.setHeader(HEADER, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
            MDC.remove(TRACE_ID_KEY);
            MDC.remove(SPAN_ID_KEY);
        }
    }

    /** The current request's id, or a fresh one outside a request. */
    public static String current() {
        String id = MDC.get(MDC_KEY);
        return id == null ? TraceParent.newTraceId() : id;
    }
}
