package qc.passerelle.messaging;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every service the same consumer binding without repeating it in each configuration: one function,
 * {@value #FUNCTION}, bound in batch mode to {@code passerelle.messaging.consumer.topics} with the application name
 * as group; no retries nor dead letters in the binder (the dispatcher and the container's error handler do both);
 * topics never created by the binder (their owners provision them). Lowest precedence, so a service can still
 * override any of it.
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
        defaults.put("spring.cloud.stream.kafka.binder.auto-create-topics", "false");
        defaults.put("spring.cloud.stream.kafka.binder.auto-add-partitions", "false");
        defaults.put("management.endpoints.web.exposure.include", "health,info,metrics,prometheus,outbox,deadletters");
        // on a fresh stack a consumer may look at its topic before the broker's metadata shows it (just created by its
        // owner): the binding is then tried again after this many seconds, 30 by default, for which the service was
        // healthy but consumed nothing (seen as a late start of a projection in the season benchmark)
        defaults.put("spring.cloud.stream.binding-retry-interval", "2");
        String topics = environment.getProperty("passerelle.messaging.consumer.topics");
        if (topics != null && !topics.isBlank()) {
            defaults.put("spring.cloud.function.definition", FUNCTION);
            defaults.put(BINDING + "destination", topics);
            defaults.put(BINDING + "group", "${spring.application.name}");
            defaults.put(BINDING + "consumer.batch-mode", "true");
            defaults.put(BINDING + "consumer.use-native-decoding", "true");
            defaults.put(BINDING + "consumer.max-attempts", "1");
            defaults.put(KAFKA_BINDING + "enable-dlq", "false");
            defaults.put(KAFKA_BINDING + "start-offset", "earliest");
            defaults.put(KAFKA_BINDING + "configuration.max.poll.records", "500");
            defaults.put(KAFKA_BINDING + "configuration.allow.auto.create.topics", "false");
            // a topic created after this consumer started (its owner came up later) is seen within 10 s
            defaults.put(KAFKA_BINDING + "configuration.metadata.max.age.ms", "10000");
            // a consumer that died without leaving its group holds its partitions this long (Kafka's default: 45 s)
            defaults.put(KAFKA_BINDING + "configuration.session.timeout.ms", "10000");
        } else {
            // a producer-only service binds nothing: without this, any function-shaped bean would get a binding
            defaults.put("spring.cloud.stream.function.autodetect", "false");
        }
        environment.getPropertySources().addLast(new MapPropertySource("passerelleMessagingDefaults", defaults));
    }
}
