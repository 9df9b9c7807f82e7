package qc.passerelle.kraft;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real Kafka broker in KRaft mode (broker and controller in one server), run from the Kafka jars: on its own, or
 * as one node of a {@link KraftCluster} whose nodes are also its controller quorum. It keeps its port and its data
 * across {@link #stop()} and {@link #start()}, so tests can take the broker away and bring it back as an outage
 * would.
 */
public final class KraftBroker implements AutoCloseable {

    private static final int SINGLE_NODE_ID = 1;

    private final Path dataDir;
    private final int nodeId;
    private final int port;
    private final int controllerPort;
    /** {@code id@host:port,...}: every controller of the quorum, this node's own included. */
    private final String voters;
    private final int clusterSize;
    private KafkaRaftServer server;

    public KraftBroker(Path dataDir, int port) {
        this.dataDir = dataDir;
        this.nodeId = SINGLE_NODE_ID;
        this.port = port == 0 ? freePort() : port;
        this.controllerPort = freePort();
        this.voters = SINGLE_NODE_ID + "@localhost:" + controllerPort;
        this.clusterSize = 1;
    }

    private KraftBroker(Path dataDir, int nodeId, int port, int controllerPort, String voters) {
        this.dataDir = dataDir;
        this.nodeId = nodeId;
        this.port = port;
        this.controllerPort = controllerPort;
        this.voters = voters;
        this.clusterSize = voters.split(",").length;
    }

    /**
     * Node {@code nodeId} of a cluster whose nodes are all both broker and controller; {@code voters} names every
     * node's controller address ({@code 1@localhost:19093,2@localhost:19095,3@localhost:19097}), the same on each.
     */
    public static KraftBroker clusterNode(Path dataDir, int nodeId, int port, int controllerPort, String voters) {
        if (!(",".concat(voters)).contains("," + nodeId + "@")) {
            throw new IllegalArgumentException("node " + nodeId + " is not among the voters " + voters);
        }
        return new KraftBroker(dataDir, nodeId, port, controllerPort, voters);
    }

    public int nodeId() {
        return nodeId;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public int port() {
        return port;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        Properties config = config();
        formatIfNew();
        KafkaRaftServer raftServer = new KafkaRaftServer(new KafkaConfig(config), Time.SYSTEM);
        raftServer.startup();
        server = raftServer;
        awaitReady();
    }

    /** startup() returns before the broker has registered with its controller; clients would wait on it. */
    private void awaitReady() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000))) {
            while (System.nanoTime() < deadline) {
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException notYet) {
                    // the broker is still registering
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the broker", e);
                }
            }
        }
        throw new IllegalStateException("Kafka broker on " + bootstrapServers() + " did not become ready in 60 s");
    }

    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    @Override
    public void close() {
        stop();
    }

    private Properties config() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(nodeId));
        p.put("controller.quorum.voters", voters);
        p.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", dataDir.toAbsolutePath().toString());
        p.put("num.partitions", "3");
        // topics are provisioned by the services that own them (retention, partitions, replicas), never made up on first use
        p.put("auto.create.topics.enable", "false");
        // alone, every internal topic has one replica; in a cluster three, of which two must have a write (a node may
        // fail and nothing acknowledged is lost); few partitions keep start-up fast on 2 cores
        String replicas = String.valueOf(replicationFactor());
        String minIsr = String.valueOf(minInsyncReplicas());
        p.put("default.replication.factor", replicas);
        p.put("min.insync.replicas", minIsr);
        p.put("offsets.topic.replication.factor", replicas);
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", replicas);
        p.put("transaction.state.log.min.isr", minIsr);
        p.put("transaction.state.log.num.partitions", "3");
        p.put("share.coordinator.state.topic.replication.factor", replicas);
        p.put("share.coordinator.state.topic.min.isr", minIsr);
        // a replica that missed writes while its node was down must never lead and drop what was acknowledged
        p.put("unclean.leader.election.enable", "false");
        if (clusterSize > 1) {
            // a node stopping asks the quorum to move its leaderships first and waits up to 5 minutes for the answer;
            // the last nodes of a cluster stopping together would each wait in vain for a quorum already gone. A node
            // that stops is fenced after broker.session.timeout.ms (9 s) instead, like one that fails
            p.put("controlled.shutdown.enable", "false");
        }
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("log.retention.hours", "-1");
        // the log cleaner takes its whole dedupe buffer (128 MB by default) at start: in a broker of a few hundred MB
        // of heap, next to its other start-up allocations, that was an OutOfMemoryError now and then; the only
        // compacted topics here are Kafka's own small ones
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(16 * 1024 * 1024));
        return p;
    }

    private void formatIfNew() {
        if (Files.exists(dataDir.resolve("meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(dataDir);
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(nodeId)
                    .setClusterId(clusterId())
                    .setDirectories(List.of(dataDir.toAbsolutePath().toString()))
                    .setMetadataLogDirectory(dataDir.toAbsolutePath().toString())
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setControllerListenerName("CONTROLLER")
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("could not format Kafka storage in " + dataDir, e);
        }
    }

    /** Three replicas in a cluster of three or more, else one per node. */
    public int replicationFactor() {
        return Math.min(3, clusterSize);
    }

    public int minInsyncReplicas() {
        return replicationFactor() >= 3 ? 2 : 1;
    }

    /**
     * The nodes of one cluster must share its id: derived from the voters, which they all share, so that each node
     * (each its own process) formats its storage alone. A single node keeps a random one, as before.
     */
    private String clusterId() {
        if (clusterSize == 1) {
            return Uuid.randomUuid().toString();
        }
        UUID id = UUID.nameUUIDFromBytes(("passerelle-kraft-cluster:" + voters).getBytes(StandardCharsets.UTF_8));
        return new Uuid(id.getMostSignificantBits(), id.getLeastSignificantBits()).toString();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
