package qc.passerelle.recruiting.burst;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class BurstConfiguration {

    /** Bounds the commands in flight: with virtual threads nothing else would, and the store would take them all. */
    @Bean
    Bulkhead publicPathBulkhead(BurstSettings settings) {
        return Bulkhead.of("public-path", BulkheadConfig.custom()
                .maxConcurrentCalls(settings.maxConcurrent())
                .maxWaitDuration(settings.maxWait())
                .build());
    }

    /** Never waits for a permit: a request over the rate is answered at once, with when to come back. */
    @Bean
    RateLimiter publicPathRateLimiter(BurstSettings settings) {
        return RateLimiter.of("public-path", RateLimiterConfig.custom()
                .limitForPeriod(settings.perSecond())
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(Duration.ZERO)
                .build());
    }

    @Bean
    BurstGate burstGate(RateLimiter publicPathRateLimiter, Bulkhead publicPathBulkhead) {
        return new BurstGate(publicPathRateLimiter, publicPathBulkhead);
    }
}
