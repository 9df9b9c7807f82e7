package qc.passerelle.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A request's log lines carry its correlation id and W3C trace id: the caller's {@code traceparent} when it is valid
 * (the answer's {@code X-Correlation-Id} is then its trace id), a new trace otherwise, and the caller's own
 * {@code X-Correlation-Id} still comes back as it was sent.
 */
class CorrelationIdTest {

    static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    static final String CALLER_SPAN = "00f067aa0ba902b7";

    @RestController
    static class Working {
        private static final org.slf4j.Logger log = LoggerFactory.getLogger(Working.class);

        @GetMapping("/work")
        String work() {
            log.info("working");
            return "ok";
        }
    }

    final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Working()).addFilters(new CorrelationId()).build();
    final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    @BeforeEach
    void listen() {
        lines.start();
        ((Logger) LoggerFactory.getLogger(Working.class)).addAppender(lines);
    }

    @AfterEach
    void stopListening() {
        ((Logger) LoggerFactory.getLogger(Working.class)).detachAppender(lines);
    }

    MvcResult call(String header, String value) throws Exception {
        return value == null ? mvc.perform(get("/work")).andReturn() : mvc.perform(get("/work").header(header, value)).andReturn();
    }

    Map<String, String> loggedContext() {
        assertThat(lines.list).hasSize(1);
        return lines.list.getFirst().getMDCPropertyMap();
    }

    @Test
    void aValidTraceparentGivesTheRequestItsTraceIdAsCorrelationIdInTheAnswerAndInTheLogLines() throws Exception {
        MvcResult result = call("traceparent", "00-" + TRACE_ID + "-" + CALLER_SPAN + "-01");

        assertThat(result.getResponse().getHeader(CorrelationId.HEADER)).isEqualTo(TRACE_ID);
        Map<String, String> logged = loggedContext();
        assertThat(logged).containsEntry("correlationId", TRACE_ID).containsEntry("traceId", TRACE_ID);
        // this service's own span in the trace, not the caller's
        assertThat(logged.get("spanId")).matches("[0-9a-f]{16}").isNotEqualTo(CALLER_SPAN);
        assertThat(MDC.get("traceId")).as("nothing left behind on the thread").isNull();
    }

    @Test
    void anInvalidTraceparentStartsANewTrace() throws Exception {
        for (String invalid : new String[] {"00-" + "0".repeat(32) + "-" + CALLER_SPAN + "-01",
                "ff-" + TRACE_ID + "-" + CALLER_SPAN + "-01", "00-" + TRACE_ID.toUpperCase() + "-" + CALLER_SPAN + "-01",
                "00-" + TRACE_ID + "-" + CALLER_SPAN + "-01-extra", "not a trace"}) {
            lines.list.clear();
            MvcResult result = call("traceparent", invalid);

            String answered = result.getResponse().getHeader(CorrelationId.HEADER);
            assertThat(answered).as(invalid).matches("[0-9a-f]{32}").isNotEqualTo(TRACE_ID).isNotEqualTo("0".repeat(32));
            assertThat(loggedContext()).as(invalid).containsEntry("traceId", answered).containsEntry("correlationId", answered);
        }
    }

    @Test
    void withoutAnyHeaderEachRequestStartsItsOwnTrace() throws Exception {
        String first = call(null, null).getResponse().getHeader(CorrelationId.HEADER);
        String second = call(null, null).getResponse().getHeader(CorrelationId.HEADER);

        assertThat(first).matches("[0-9a-f]{32}");
        assertThat(second).matches("[0-9a-f]{32}").isNotEqualTo(first);
    }

    @Test
    void theCallersCorrelationIdComesBackAsSentAndAUuidAlsoNamesTheTrace() throws Exception {
        MvcResult uuid = call(CorrelationId.HEADER, "3F2504E0-4F89-11D3-9A0C-0305E82C3301");

        assertThat(uuid.getResponse().getHeader(CorrelationId.HEADER)).isEqualTo("3F2504E0-4F89-11D3-9A0C-0305E82C3301");
        assertThat(loggedContext()).containsEntry("correlationId", "3F2504E0-4F89-11D3-9A0C-0305E82C3301")
                .containsEntry("traceId", "3f2504e04f8911d39a0c0305e82c3301");

        lines.list.clear();
        MvcResult ticket = call(CorrelationId.HEADER, "ticket-2027-0042");
        assertThat(ticket.getResponse().getHeader(CorrelationId.HEADER)).isEqualTo("ticket-2027-0042");
        assertThat(loggedContext()).containsEntry("correlationId", "ticket-2027-0042")
                .hasEntrySatisfying("traceId", t -> assertThat(t).matches("[0-9a-f]{32}"));
    }

    @Test
    void aValidTraceparentWinsOverACorrelationIdSentWithIt() throws Exception {
        MvcResult result = mvc.perform(get("/work").header(CorrelationId.HEADER, "ticket-2027-0042")
                .header("traceparent", "00-" + TRACE_ID + "-" + CALLER_SPAN + "-00")).andReturn();

        assertThat(result.getResponse().getHeader(CorrelationId.HEADER)).isEqualTo(TRACE_ID);
        assertThat(loggedContext()).containsEntry("traceId", TRACE_ID);
    }
}
