package qc.passerelle.messaging;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every service the same consumer binding without repeating it in each configuration: one function,
 * {@value #FUNCTION}, bound to {@code passerelle.messaging.consumer.topics} with the application name as group,
 * retries with back-off, then the dead-letter topic. Lowest precedence, so a
 * service can still override any of it.
 */
public class MessagingEnvironmentPostProcessor implements EnvironmentPostProcessor {

    public static final String FUNCTION = "mobilityEvents";
    public static final String BOOTSTRAP_SERVERS = "${spring.kafka.bootstrap-servers:localhost:9092}";
    private static final String BINDING = "spring.cloud.stream.bindings." + FUNCTION + "-in-0.";
    private static final String KAFKA_BINDING = "spring.cloud.stream.kafka.bindings." + FUNCTION + "-in-0.consumer.";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new HashMap<>();
        // a placeholder, not a value: Boot moves SpringApplication's default properties behind this source
        defaults.put("spring.cloud.stream.kafka.binder.brokers", BOOTSTRAP_SERVERS);
        String topics = environment.getProperty("passerelle.messaging.consumer.topics");
        if (topics != null && !topics.isBlank()) {
            defaults.put("spring.cloud.function.definition", FUNCTION);
            defaults.put(BINDING + "destination", topics);
            defaults.put(BINDING + "group", "${spring.application.name}");
            defaults.put(BINDING + "consumer.max-attempts", "3");
            defaults.put(BINDING + "consumer.back-off-initial-interval", "500");
            defaults.put(BINDING + "consumer.back-off-multiplier", "2.0");
            defaults.put(BINDING + "consumer.back-off-max-interval", "5000");
            defaults.put(KAFKA_BINDING + "enable-dlq", "true");
            defaults.put(KAFKA_BINDING + "start-offset", "earliest");
            // a consumer that died without leaving its group holds its partitions this long (Kafka's default: 45 s)
            defaults.put(KAFKA_BINDING + "configuration.session.timeout.ms", "10000");
        } else {
            // a producer-only service binds nothing: without this, any function-shaped bean would get a binding
            defaults.put("spring.cloud.stream.function.autodetect", "false");
        }
        environment.getPropertySources().addLast(new MapPropertySource("passerelleMessagingDefaults", defaults));
    }
}
