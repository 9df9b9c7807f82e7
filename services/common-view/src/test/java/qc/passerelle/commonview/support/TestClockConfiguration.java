package qc.passerelle.commonview.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Gives the service a clock the tests can move (time-based alerts). */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    @Bean
    MovableClock clock() {
        return new MovableClock();
    }
}
