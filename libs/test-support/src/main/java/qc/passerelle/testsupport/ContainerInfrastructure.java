package qc.passerelle.testsupport;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The real images, {@code apache/kafka} and {@code mongo} (a single-node replica set), for tests marked
 * {@code @Testcontainers(disabledWithoutDocker = true)}: where Docker runs, the same scenarios as the embedded
 * infrastructure are checked against them. An outage is a paused container, so ports survive it.
 */
public final class ContainerInfrastructure implements TestInfrastructure {

    public static final String KAFKA_IMAGE = "apache/kafka:4.1.1";
    public static final String MONGO_IMAGE = "mongo:8.0";

    private static ContainerInfrastructure instance;

    private final KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE)
            .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
    private final MongoDBContainer mongo = new MongoDBContainer(MONGO_IMAGE);

    private ContainerInfrastructure() {
        kafka.start();
        mongo.start();
        TopicsOfTheCatalogue.provision(kafka.getBootstrapServers());
    }

    public static synchronized ContainerInfrastructure get() {
        if (instance == null) {
            instance = new ContainerInfrastructure();
        }
        return instance;
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String mongoUri(String database) {
        return mongo.getReplicaSetUrl(database);
    }

    @Override
    public void stopBroker() {
        DockerClientFactory.instance().client().pauseContainerCmd(kafka.getContainerId()).exec();
    }

    @Override
    public void startBroker() {
        DockerClientFactory.instance().client().unpauseContainerCmd(kafka.getContainerId()).exec();
    }
}
