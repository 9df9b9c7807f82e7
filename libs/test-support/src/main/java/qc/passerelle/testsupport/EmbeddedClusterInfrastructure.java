package qc.passerelle.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import qc.passerelle.kraft.KraftCluster;
import qc.passerelle.wireserver.KeyedMemoryBackend;

/**
 * Like {@link EmbeddedInfrastructure}, but on three real brokers (KRaft, in-process, each a controller too): topics
 * with {@value #PARTITIONS} partitions, three replicas and two in sync for a write, as in production. For tests of
 * what must hold when a broker fails ({@link #stopNode}) or when instances share a consumer group's partitions.
 */
public final class EmbeddedClusterInfrastructure implements TestInfrastructure {

    /** Enough for two instances of a service to share a topic, few enough for 2 cores. */
    public static final int PARTITIONS = 6;

    private static EmbeddedClusterInfrastructure instance;

    private final KraftCluster cluster;
    private final MongoServer mongo;
    private final InetSocketAddress mongoAddress;

    private EmbeddedClusterInfrastructure() {
        try {
            cluster = new KraftCluster(Files.createTempDirectory("passerelle-kafka-cluster-"), 3);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cluster.start();
        TopicsOfTheCatalogue.provision(cluster.bootstrapServers(), PARTITIONS, cluster.replicationFactor(),
                cluster.minInsyncReplicas());
        mongo = new MongoServer(new KeyedMemoryBackend());
        mongoAddress = mongo.bind();
    }

    public static synchronized EmbeddedClusterInfrastructure get() {
        if (instance == null) {
            instance = new EmbeddedClusterInfrastructure();
            EmbeddedClusterInfrastructure started = instance;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.mongo.shutdownNow();
                started.cluster.stop();
            }, "test-cluster-shutdown"));
        }
        return instance;
    }

    public KraftCluster cluster() {
        return cluster;
    }

    @Override
    public String kafkaBootstrapServers() {
        return cluster.bootstrapServers();
    }

    @Override
    public String mongoUri(String database) {
        return "mongodb://localhost:" + mongoAddress.getPort() + "/" + database;
    }

    /** The whole cluster goes, as in an outage of the broker of a single-broker setup. */
    @Override
    public void stopBroker() {
        cluster.stop();
    }

    @Override
    public void startBroker() {
        cluster.start();
    }

    /** One node fails (1, 2 or 3); the other two keep every topic writable. */
    public void stopNode(int nodeId) {
        cluster.node(nodeId).stop();
    }

    public void startNode(int nodeId) {
        cluster.node(nodeId).start();
    }

    @Override
    public int replicationFactor() {
        return cluster.replicationFactor();
    }

    @Override
    public int minInsyncReplicas() {
        return cluster.minInsyncReplicas();
    }
}
