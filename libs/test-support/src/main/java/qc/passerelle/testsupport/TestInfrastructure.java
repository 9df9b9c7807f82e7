package qc.passerelle.testsupport;

import org.springframework.test.context.DynamicPropertyRegistry;

/** A Kafka broker and a MongoDB server for integration tests, whichever kind runs them. */
public interface TestInfrastructure {

    String kafkaBootstrapServers();

    String mongoUri(String database);

    /** Takes the broker away as an outage would; its port and data come back with {@link #startBroker()}. */
    void stopBroker();

    void startBroker();

    /** Points a Spring test context at this infrastructure, with its own database, and at the test token issuer. */
    default void register(DynamicPropertyRegistry registry, String database) {
        registry.add("spring.kafka.bootstrap-servers", this::kafkaBootstrapServers);
        registry.add("spring.mongodb.uri", () -> mongoUri(database));
        TestIdentityProvider tokens = TestIdentityProvider.get();
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", tokens::issuer);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", tokens::jwkSetUri);
    }
}
