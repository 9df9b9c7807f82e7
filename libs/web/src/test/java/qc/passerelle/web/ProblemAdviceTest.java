package qc.passerelle.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Every failure leaves as a problem document: the field to fix, a conflict, the store away (503), or a bare 500. */
class ProblemAdviceTest {

    @RestController
    static class Failing {
        @GetMapping("/invalid")
        String invalid() {
            throw new InvalidFieldException("birthYear", "a worker is born between 1946 and 2010");
        }

        @GetMapping("/conflict")
        String conflict() {
            throw new ConflictException("employerId", "employer emp-x is not registered");
        }

        @GetMapping("/raced")
        String raced() {
            throw new DuplicateKeyException("E11000 duplicate key error collection: workers index: seasonKey");
        }

        @GetMapping("/store-away")
        String storeAway() {
            throw new DataAccessResourceFailureException("Timed out after 2000 ms while waiting to connect");
        }

        @GetMapping("/driver-timeout")
        String driverTimeout() {
            throw new IllegalStateException("wrapped", new com.mongodb.MongoTimeoutException("no server"));
        }

        @GetMapping("/bug")
        String bug() {
            throw new NullPointerException("Cannot invoke \"Worker.id()\" because \"worker\" is null");
        }
    }

    final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing())
            .setControllerAdvice(new StoreProblemAdvice(), new ProblemAdvice())
            .addFilters(new CorrelationId()).build();

    MvcResult call(String path, String language) throws Exception {
        return mvc.perform(get(path).header("Accept-Language", language)).andReturn();
    }

    @Test
    void invalidInputNamesItsFieldInFrenchByDefault() throws Exception {
        MvcResult result = call("/invalid", "fr");

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(result.getResponse().getContentAsString()).contains("\"field\":\"birthYear\"", "Requête invalide");
    }

    @Test
    void aConflictNamesTheFieldThatCausedIt() throws Exception {
        MvcResult result = call("/conflict", "es");

        assertThat(result.getResponse().getStatus()).isEqualTo(409);
        assertThat(result.getResponse().getContentAsString()).contains("\"field\":\"employerId\"", "Conflicto");
    }

    @Test
    void aLostRaceOnAUniqueValueIsAConflictNotAServerError() throws Exception {
        MvcResult result = call("/raced", "en");

        assertThat(result.getResponse().getStatus()).isEqualTo(409);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
    }

    @Test
    void aStoreThatCannotBeReachedIsA503WithRetryAfter() throws Exception {
        for (String path : new String[] {"/store-away", "/driver-timeout"}) {
            MvcResult result = call(path, "fr");

            assertThat(result.getResponse().getStatus()).as(path).isEqualTo(503);
            assertThat(result.getResponse().getHeader("Retry-After")).as(path).isEqualTo("5");
            assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void anUnexpectedErrorIsA500WithTheRequestsCorrelationIdAndNoStackTrace() throws Exception {
        MvcResult result = call("/bug", "fr");

        String body = result.getResponse().getContentAsString();
        String correlationId = result.getResponse().getHeader(CorrelationId.HEADER);
        assertThat(result.getResponse().getStatus()).isEqualTo(500);
        assertThat(correlationId).isNotBlank();
        assertThat(body).contains("\"correlationId\":\"" + correlationId + "\"")
                .doesNotContain("NullPointerException", "Worker.id", "at qc.");
    }
}
