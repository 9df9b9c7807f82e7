package qc.passerelle.messaging;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.binder.kafka.utils.DlqDestinationResolver;
import org.springframework.cloud.stream.binder.kafka.utils.DlqPartitionFunction;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import qc.passerelle.messaging.consumer.DeadLetterRouting;
import qc.passerelle.messaging.consumer.EventDispatcher;
import qc.passerelle.messaging.consumer.EventHandler;
import qc.passerelle.messaging.consumer.ProcessedEvents;
import qc.passerelle.messaging.health.KafkaBrokerHealthIndicator;
import qc.passerelle.messaging.health.MongoPingHealthIndicator;
import qc.passerelle.messaging.outbox.CreateOnce;
import qc.passerelle.messaging.outbox.EventPublisher;
import qc.passerelle.messaging.outbox.Outbox;
import qc.passerelle.messaging.outbox.OutboxCollections;
import qc.passerelle.messaging.outbox.OutboxRelay;
import qc.passerelle.messaging.outbox.OutboxRelayRunner;

@AutoConfiguration(afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        beforeName = "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration")
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingAutoConfiguration {

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
    CreateOnce createOnce(MongoTemplate mongo) {
        return new CreateOnce(mongo);
    }

    @Bean(name = "kafkaHealthIndicator")
    KafkaBrokerHealthIndicator kafkaHealthIndicator(@Value(MessagingEnvironmentPostProcessor.BOOTSTRAP_SERVERS) String bootstrapServers) {
        return new KafkaBrokerHealthIndicator(bootstrapServers);
    }

    @Bean(name = "mongoHealthIndicator")
    MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnBean(OutboxCollections.class)
    EventPublisher eventPublisher(@Value(MessagingEnvironmentPostProcessor.BOOTSTRAP_SERVERS) String bootstrapServers,
                                  @Value("${spring.application.name}") String application) {
        // idempotent, acks=all: a retried send never duplicates or reorders within a partition
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, application + "-outbox-relay",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10000,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 3000);
        return new EventPublisher(new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer()));
    }

    @Bean
    @ConditionalOnBean(OutboxCollections.class)
    OutboxRelayRunner outboxRelay(MongoTemplate mongo, EventPublisher publisher, OutboxCollections collections,
                                  MessagingProperties properties, Clock clock) {
        MessagingProperties.Relay relay = properties.relay();
        CircuitBreaker breaker = CircuitBreaker.of("outbox-relay", CircuitBreakerConfig.custom()
                .slidingWindowSize(5)
                .minimumNumberOfCalls(3)
                .failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofSeconds(2))
                .build());
        Retry retry = Retry.of("outbox-relay", RetryConfig.custom()
                .maxAttempts(3)
                .intervalFunction(IntervalFunction.ofExponentialBackoff(Duration.ofMillis(200), 2.0))
                .build());
        return new OutboxRelayRunner(new OutboxRelay(mongo, publisher, breaker, retry, collections, clock,
                relay.lease(), relay.publishTimeout(), relay.batchSize()), relay.pollInterval());
    }

    @Bean
    ProcessedEvents processedEvents(MongoTemplate mongo, Clock clock) {
        return new ProcessedEvents(mongo, clock);
    }

    @Bean(name = MessagingEnvironmentPostProcessor.FUNCTION)
    @ConditionalOnProperty("passerelle.messaging.consumer.topics")
    EventDispatcher mobilityEvents(ObjectProvider<EventHandler<?>> handlers, ProcessedEvents processed,
                                   @Value("${spring.application.name}") String group) {
        return new EventDispatcher(handlers.orderedStream().toList(), processed, group);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty("passerelle.messaging.consumer.topics")
    DlqDestinationResolver dlqDestinationResolver() {
        return DeadLetterRouting.destination();
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty("passerelle.messaging.consumer.topics")
    DlqPartitionFunction dlqPartitionFunction() {
        return DeadLetterRouting.partition();
    }
}
