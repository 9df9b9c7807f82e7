package qc.passerelle.recruiting.burst;

import java.time.Duration;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.ratelimiter.RateLimiter;
import java.util.function.Supplier;

/**
 * The door of the public path. A request is admitted if the rate allows it and a place frees up in time; otherwise
 * it is refused before it touches the store, so that a refusal has written nothing, and the client is told when to
 * come back. Inside, a command either writes its single document or nothing: a refusal or a failure never leaves
 * half an application.
 */
public class BurstGate {

    private final RateLimiter rate;
    private final Bulkhead places;

    public BurstGate(RateLimiter rate, Bulkhead places) {
        this.rate = rate;
        this.places = places;
    }

    public <T> T admit(Supplier<T> command) {
        if (!rate.acquirePermission()) {
            throw TooManyRequests.retryAfter(rate.getRateLimiterConfig().getLimitRefreshPeriod());
        }
        if (!places.tryAcquirePermission()) {
            throw TooManyRequests.retryAfter(Duration.ofSeconds(1));
        }
        try {
            return command.get();
        } finally {
            places.onComplete();
        }
    }
}
