package qc.passerelle.testsupport;

import qc.passerelle.wireserver.KeyedMemoryBackend;

import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import qc.passerelle.kraft.KraftBroker;

/**
 * One real Kafka broker (KRaft, in-process, from the Kafka jars) and one MongoDB wire-protocol server (memory
 * backend) for the whole test JVM, started on first use and stopped when the JVM ends.
 */
public final class EmbeddedInfrastructure implements TestInfrastructure {

    private static EmbeddedInfrastructure instance;

    private final KraftBroker broker;
    private final MongoServer mongo;
    private final InetSocketAddress mongoAddress;

    private EmbeddedInfrastructure() {
        try {
            broker = new KraftBroker(Files.createTempDirectory("passerelle-kafka-"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        broker.start();
        TopicsOfTheCatalogue.provision(broker.bootstrapServers());
        mongo = new MongoServer(new KeyedMemoryBackend());
        mongoAddress = mongo.bind();
    }

    public static synchronized EmbeddedInfrastructure get() {
        if (instance == null) {
            instance = new EmbeddedInfrastructure();
            EmbeddedInfrastructure started = instance;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.mongo.shutdownNow();
                started.broker.stop();
            }, "test-infrastructure-shutdown"));
        }
        return instance;
    }

    @Override
    public String kafkaBootstrapServers() {
        return broker.bootstrapServers();
    }

    @Override
    public String mongoUri(String database) {
        return "mongodb://localhost:" + mongoAddress.getPort() + "/" + database;
    }

    @Override
    public void stopBroker() {
        broker.stop();
    }

    @Override
    public void startBroker() {
        broker.start();
    }
}
