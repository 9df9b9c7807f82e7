package qc.passerelle.testsupport;

import org.springframework.test.context.DynamicPropertyRegistry;

/** A Kafka broker and a MongoDB server for integration tests, whichever kind runs them. */
public interface TestInfrastructure {

    String kafkaBootstrapServers();

    String mongoUri(String database);

    /** Takes the broker away as an outage would; its port and data come back with {@link #startBroker()}. */
    void stopBroker();

    void startBroker();

    /** Replicas per topic: 1 on one broker, 3 on a cluster. */
    default int replicationFactor() {
        return 1;
    }

    /** Replicas that must have a record before it is acknowledged: 1 on one broker, 2 on a cluster. */
    default int minInsyncReplicas() {
        return 1;
    }

    /** Points a Spring test context at this infrastructure, with its own database, and at the test token issuer. */
    default void register(DynamicPropertyRegistry registry, String database) {
        registry.add("spring.kafka.bootstrap-servers", this::kafkaBootstrapServers);
        registry.add("spring.mongodb.uri", () -> mongoUri(database));
        // the services provision their own topics the way an operator configures them for this broker or cluster
        registry.add("passerelle.messaging.topics.replication-factor", this::replicationFactor);
        registry.add("passerelle.messaging.topics.min-insync-replicas", this::minInsyncReplicas);
        TestIdentityProvider tokens = TestIdentityProvider.get();
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", tokens::issuer);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", tokens::jwkSetUri);
    }
}
