package qc.passerelle.recruiting.burst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The door of the public path refuses with 429 and when to come back, before running anything. */
@Order(3)
class BurstGateTest {

    static RateLimiter limit(int perPeriod, Duration period) {
        return RateLimiter.of("test", RateLimiterConfig.custom().limitForPeriod(perPeriod).limitRefreshPeriod(period)
                .timeoutDuration(Duration.ZERO).build());
    }

    static Bulkhead places(int places) {
        return Bulkhead.of("test", BulkheadConfig.custom().maxConcurrentCalls(places).maxWaitDuration(Duration.ZERO).build());
    }

    @Test
    void overTheRateARequestIsRefusedWithTheTimeUntilTheNextPeriod() {
        BurstGate gate = new BurstGate(limit(1, Duration.ofMinutes(2)), places(4));
        int[] ran = {0};

        gate.admit(() -> ran[0]++);

        assertThatThrownBy(() -> gate.admit(() -> ran[0]++)).isInstanceOfSatisfying(ErrorResponseException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
            assertThat(e.getHeaders().getFirst("Retry-After")).isEqualTo("120");
            assertThat(e.getBody().getType().toString()).isEqualTo("urn:passerelle:problem:too-many-requests");
        });
        assertThat(ran[0]).isEqualTo(1);
    }

    @Test
    void withEveryPlaceTakenARequestIsRefusedAndAPlaceFreedLetsTheNextIn() {
        Bulkhead places = places(1);
        BurstGate gate = new BurstGate(limit(100, Duration.ofMinutes(1)), places);
        places.tryAcquirePermission();

        assertThatThrownBy(() -> gate.admit(() -> "never")).isInstanceOfSatisfying(ErrorResponseException.class,
                e -> assertThat(e.getHeaders().getFirst("Retry-After")).isEqualTo("1"));

        places.onComplete();
        assertThat(gate.admit(() -> "in")).isEqualTo("in");
    }

    @Test
    void aCommandThatFailsGivesItsPlaceBack() {
        Bulkhead places = places(1);
        BurstGate gate = new BurstGate(limit(100, Duration.ofMinutes(1)), places);

        assertThatThrownBy(() -> gate.admit(() -> {
            throw new IllegalStateException("store away");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(places.getMetrics().getAvailableConcurrentCalls()).isEqualTo(1);
    }
}
