package qc.passerelle.messaging;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import qc.passerelle.messaging.consumer.BatchBinding;
import qc.passerelle.messaging.consumer.BatchProjection;
import qc.passerelle.messaging.consumer.ConsumerErrorHandling;
import qc.passerelle.messaging.consumer.ConsumerLag;
import qc.passerelle.messaging.consumer.ConsumerMetrics;
import qc.passerelle.messaging.consumer.DeadLetterReplay;
import qc.passerelle.messaging.consumer.DeadLetters;
import qc.passerelle.messaging.consumer.DeadLettersEndpoint;
import qc.passerelle.messaging.consumer.EventDispatcher;
import qc.passerelle.messaging.consumer.EventHandler;
import qc.passerelle.messaging.health.KafkaBrokerHealthIndicator;
import qc.passerelle.messaging.health.MongoPingHealthIndicator;
import qc.passerelle.messaging.outbox.AggregateStore;
import qc.passerelle.messaging.outbox.CreateOnce;
import qc.passerelle.messaging.outbox.EventPublisher;
import qc.passerelle.messaging.outbox.Outbox;
import qc.passerelle.messaging.outbox.OutboxBacklog;
import qc.passerelle.messaging.outbox.OutboxCollections;
import qc.passerelle.messaging.outbox.OutboxEndpoint;
import qc.passerelle.messaging.outbox.OutboxMetrics;
import qc.passerelle.messaging.outbox.OutboxRelay;
import qc.passerelle.messaging.outbox.OutboxRelayRunner;
import qc.passerelle.messaging.outbox.OutboxScan;
import qc.passerelle.messaging.outbox.OutboxSignal;
import qc.passerelle.messaging.topics.TopicProvisioner;
import qc.passerelle.messaging.topics.TopicProvisioning;

@AutoConfiguration(afterName = {"org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"},
        beforeName = "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration")
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingAutoConfiguration {

    static final String BOOTSTRAP = MessagingEnvironmentPostProcessor.BOOTSTRAP_SERVERS;

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Outbox outbox(Clock clock) {
        return new Outbox(clock);
    }

    @Bean
    AggregateStore aggregateStore(MongoTemplate mongo, ObjectProvider<OutboxRelayRunner> relay) {
        OutboxRelayRunner runner = relay.getIfAvailable();
        return new AggregateStore(mongo, runner == null ? OutboxSignal.NONE : runner);
    }

    @Bean
    CreateOnce createOnce(AggregateStore store) {
        return new CreateOnce(store);
    }

    @Bean(name = "kafkaHealthIndicator")
    KafkaBrokerHealthIndicator kafkaHealthIndicator(@Value(BOOTSTRAP) String bootstrapServers) {
        return new KafkaBrokerHealthIndicator(bootstrapServers);
    }

    @Bean(name = "mongoHealthIndicator")
    MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }

    @Bean(destroyMethod = "close")
    Admin passerelleKafkaAdmin(@Value(BOOTSTRAP) String bootstrapServers) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000));
    }

    @Bean
    @ConditionalOnProperty("passerelle.messaging.topics.owned")
    TopicProvisioning topicProvisioning(Admin admin, MessagingProperties properties) {
        return new TopicProvisioning(new TopicProvisioner(admin, properties.topics().settings()),
                properties.topics().owned());
    }

    static MeterRegistry registry(ObjectProvider<MeterRegistry> registry) {
        return registry.getIfAvailable(SimpleMeterRegistry::new);
    }

    /** The outbox relay, for services whose aggregates carry events. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(OutboxCollections.class)
    static class Relay {

        @Bean(destroyMethod = "close")
        EventPublisher eventPublisher(@Value(BOOTSTRAP) String bootstrapServers,
                                      @Value("${spring.application.name}") String application,
                                      MessagingProperties properties) {
            MessagingProperties.Relay relay = properties.relay();
            long publishTimeout = relay.publishTimeout().toMillis();
            // idempotent and acks=all: a retried send never duplicates or reorders within a partition; the
            // timeouts are the relay's, so that a pass never outlives its lease
            Map<String, Object> config = new HashMap<>();
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            config.put(ProducerConfig.CLIENT_ID_CONFIG, application + "-outbox-relay");
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            config.put(ProducerConfig.LINGER_MS_CONFIG, 2);
            config.put(ProducerConfig.BATCH_SIZE_CONFIG, 65536);
            config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.max(1000, publishTimeout / 2));
            config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) publishTimeout);
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, relay.maxBlock().toMillis());
            return new EventPublisher(new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer()));
        }

        @Bean
        OutboxBacklog outboxBacklog(Clock clock, ObjectProvider<MeterRegistry> registry) {
            OutboxBacklog backlog = new OutboxBacklog(clock);
            OutboxMetrics.register(registry(registry), backlog);
            return backlog;
        }

        @Bean
        OutboxScan outboxScan(MongoTemplate mongo, OutboxCollections collections) {
            return new OutboxScan(mongo, collections);
        }

        @Bean
        OutboxRelayRunner outboxRelay(MongoTemplate mongo, EventPublisher publisher, OutboxScan scan,
                                      OutboxBacklog backlog, MessagingProperties properties, Clock clock) {
            MessagingProperties.Relay relay = properties.relay();
            CircuitBreaker breaker = CircuitBreaker.of("outbox-relay", CircuitBreakerConfig.custom()
                    .slidingWindowSize(20)
                    .minimumNumberOfCalls(5)
                    .failureRateThreshold(50)
                    .waitDurationInOpenState(Duration.ofSeconds(2))
                    .build());
            OutboxRelay worker = new OutboxRelay(mongo, publisher, breaker, clock, relay.settings());
            return new OutboxRelayRunner(worker, scan, backlog, clock, relay.scanInterval(), relay.idleWait(),
                    relay.batchSize());
        }

        @Bean
        OutboxEndpoint outboxEndpoint(OutboxBacklog backlog, OutboxScan scan, OutboxRelayRunner runner,
                                      MongoTemplate mongo) {
            return new OutboxEndpoint(backlog, scan, runner, mongo);
        }
    }

    /** The consumer, for services that react to other contexts' events. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty("passerelle.messaging.consumer.topics")
    static class Consumer {

        @Bean(destroyMethod = "close")
        DeadLetters deadLetters(@Value(BOOTSTRAP) String bootstrapServers,
                                @Value("${spring.application.name}") String group) {
            Map<String, Object> config = new HashMap<>();
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            config.put(ProducerConfig.CLIENT_ID_CONFIG, group + "-dead-letters");
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
            config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
            config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10000);
            return new DeadLetters(new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer()), group,
                    Duration.ofSeconds(15));
        }

        @Bean
        ConsumerMetrics consumerMetrics(ObjectProvider<MeterRegistry> registry,
                                        @Value("${spring.application.name}") String group) {
            return new ConsumerMetrics(registry(registry), group);
        }

        @Bean
        EventDispatcher eventDispatcher(ObjectProvider<EventHandler<?>> handlers,
                                        ObjectProvider<BatchProjection> projections, DeadLetters deadLetters,
                                        ConsumerMetrics metrics) {
            return new EventDispatcher(handlers.orderedStream().toList(), projections.orderedStream().toList(),
                    deadLetters, metrics);
        }

        @Bean(name = MessagingEnvironmentPostProcessor.FUNCTION)
        BatchBinding mobilityEvents(EventDispatcher dispatcher) {
            return new BatchBinding(dispatcher);
        }

        @Bean
        ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> passerelleConsumerRetries(
                MessagingProperties properties) {
            return ConsumerErrorHandling.retryWithoutEnd(properties.consumer().retryFirst().toMillis(),
                    properties.consumer().retryMax().toMillis());
        }

        @Bean
        DeadLetterReplay deadLetterReplay(@Value(BOOTSTRAP) String bootstrapServers, EventDispatcher dispatcher,
                                          MongoTemplate mongo, @Value("${spring.application.name}") String group,
                                          MessagingProperties properties) {
            return new DeadLetterReplay(() -> new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ConsumerConfig.GROUP_ID_CONFIG, DeadLetterReplay.readerGroup(),
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                    ConsumerConfig.CLIENT_ID_CONFIG, group + "-dead-letter-reader-" + UUID.randomUUID()),
                    new StringDeserializer(), new ByteArrayDeserializer()),
                    dispatcher, mongo, group, properties.consumer().topics());
        }

        @Bean
        DeadLettersEndpoint deadLettersEndpoint(DeadLetterReplay replay) {
            return new DeadLettersEndpoint(replay);
        }

        @Bean
        ConsumerLag consumerLag(Admin admin, @Value("${spring.application.name}") String group,
                                MessagingProperties properties, ObjectProvider<MeterRegistry> registry) {
            return new ConsumerLag(admin, group, properties.consumer().topics(), properties.consumer().lagInterval(),
                    registry(registry));
        }
    }
}
