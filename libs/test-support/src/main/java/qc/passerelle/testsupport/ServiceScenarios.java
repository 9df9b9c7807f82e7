package qc.passerelle.testsupport;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every scenario class of a running service needs, whichever infrastructure runs it (embedded, or the real
 * images through Testcontainers): the service's port, a Kafka client, and HTTP calls as a given caller.
 */
public abstract class ServiceScenarios {

    protected static final Duration PATIENCE = Duration.ofSeconds(30);
    protected static final TestIdentityProvider tokens = TestIdentityProvider.get();

    @LocalServerPort
    protected int port;

    protected KafkaTestClient kafka;

    protected abstract TestInfrastructure infrastructure();

    @BeforeEach
    void openKafkaClient() {
        kafka = new KafkaTestClient(infrastructure().kafkaBootstrapServers());
    }

    @AfterEach
    void closeKafkaClient() {
        kafka.close();
    }

    protected HttpTestClient as(String token) {
        return HttpTestClient.onPort(port).withToken(token);
    }
}
