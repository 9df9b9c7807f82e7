package qc.passerelle.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class MessagingEnvironmentPostProcessorTest {

    private static StandardEnvironment withService(Map<String, Object> own) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("service", own));
        new MessagingEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void aConsumerWhoseTopicIsNotYetKnownTriesAgainWithinSecondsNotHalfAMinute() {
        StandardEnvironment environment = withService(Map.of("passerelle.messaging.consumer.topics", "mobility.x.v1"));

        assertThat(environment.getProperty("spring.cloud.stream.binding-retry-interval", Integer.class)).isEqualTo(2);
        assertThat(environment.getProperty("spring.cloud.stream.bindings.mobilityEvents-in-0.destination"))
                .isEqualTo("mobility.x.v1");
    }

    @Test
    void aServiceKeepsWhatItSetsItself() {
        StandardEnvironment environment = withService(Map.of("passerelle.messaging.consumer.topics", "mobility.x.v1",
                "spring.cloud.stream.binding-retry-interval", "10"));

        assertThat(environment.getProperty("spring.cloud.stream.binding-retry-interval", Integer.class)).isEqualTo(10);
    }
}
