package qc.passerelle.system;

import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import qc.passerelle.kraft.KraftCluster;
import qc.passerelle.kraft.StandaloneKraftBroker;

/**
 * The stack scaled out, one process per part: three KRaft brokers (each a controller too), the local MongoDB wire
 * server, and two instances each of agricultural-workers and common-view sharing the database and the consumer
 * groups. The services provision their topics as in production: {@value #PARTITIONS} partitions, three replicas, two
 * in sync for a write. Ports and data directories are fixed for the life of the stack, so a restarted part comes back
 * where the others expect it, with its data.
 */
final class ScaleOutStack implements AutoCloseable {

    static final int BROKERS = 3;
    static final int INSTANCES = 2;
    static final int PARTITIONS = 6;
    static final int REPLICATION_FACTOR = 3;
    static final int MIN_INSYNC_REPLICAS = 2;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final List<String> CLUSTER_TOPICS = List.of(
            "--passerelle.messaging.topics.partitions=" + PARTITIONS,
            "--passerelle.messaging.topics.replication-factor=" + REPLICATION_FACTOR,
            "--passerelle.messaging.topics.min-insync-replicas=" + MIN_INSYNC_REPLICAS);

    final int storePort = ProcessStack.freePort();
    final List<Integer> brokerPorts = ports(BROKERS);
    private final List<Integer> controllerPorts = ports(BROKERS);
    final List<Integer> agriPorts = ports(INSTANCES);
    final List<Integer> viewPorts = ports(INSTANCES);
    final StackProcess store;
    /** Node n of the cluster is {@code brokers.get(n - 1)}. */
    final List<StackProcess> brokers = new ArrayList<>();
    final List<StackProcess> agri = new ArrayList<>();
    final List<StackProcess> views = new ArrayList<>();
    private final List<StackProcess> all = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    ScaleOutStack(Path data, Path logs) {
        ProcessStack.recreate(data);
        ProcessStack.recreate(logs);
        String classPath = System.getProperty("java.class.path");
        String childLogging = "-Dlogback.configurationFile="
                + ProcessStack.MODULE.resolve("target/test-classes/fault-suite-child-logback.xml");
        store = new StackProcess("store", ProcessStack.jvm(List.of("-cp", classPath, childLogging,
                ProcessStack.storeMainClass(), String.valueOf(storePort), data.resolve("mongo").toString())), logs);
        String voters = KraftCluster.voters(controllerPorts);
        for (int node = 1; node <= BROKERS; node++) {
            String controllerPort = String.valueOf(controllerPorts.get(node - 1));
            brokers.add(new StackProcess("broker-" + node, ProcessStack.jvm(List.of("-cp", classPath, childLogging,
                    StandaloneKraftBroker.class.getName(), String.valueOf(brokerPorts.get(node - 1)),
                    data.resolve("kafka-" + node).toString(), String.valueOf(node), controllerPort, voters)), logs));
        }
        for (int i = 0; i < INSTANCES; i++) {
            agri.add(service("agricultural-workers", i, agriPorts.get(i), logs));
            views.add(service("common-view", i, viewPorts.get(i), logs));
        }
        // services first when stopping, so that they do not log a storm of reconnections while the infrastructure goes
        all.addAll(views);
        all.addAll(agri);
        all.addAll(brokers);
        all.add(store);
    }

    private StackProcess service(String name, int instance, int port, Path logs) {
        return new StackProcess(name + "-" + (instance + 1), ProcessStack.serviceCommand(name, port, mongoUri(name),
                bootstrapServers(), CLUSTER_TOPICS), logs);
    }

    private static List<Integer> ports(int count) {
        return IntStream.range(0, count).mapToObj(i -> ProcessStack.freePort()).toList();
    }

    /** Every broker's address: a client finds the cluster through whichever answers. */
    String bootstrapServers() {
        return brokerPorts.stream().map(p -> "localhost:" + p).collect(Collectors.joining(","));
    }

    String mongoUri(String database) {
        return "mongodb://localhost:" + storePort + "/" + database
                + "?serverSelectionTimeoutMS=2000&connectTimeoutMS=2000&socketTimeoutMS=10000";
    }

    /** The store and the three brokers at once: each broker waits for a quorum of the others before it is ready. */
    void startInfrastructure() {
        store.start();
        brokers.forEach(StackProcess::start);
        await("the store listening on " + storePort).atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(200))
                .failFast("the store process exited", () -> !store.isAlive())
                .until(() -> ProcessStack.accepts(storePort));
        for (int node = 1; node <= BROKERS; node++) {
            awaitBroker(node);
        }
    }

    /** All four instances at once: on 2 cores they start sooner together than one after another. */
    void startServices() {
        agri.forEach(StackProcess::start);
        views.forEach(StackProcess::start);
        for (int i = 0; i < INSTANCES; i++) {
            awaitHealthy(agri.get(i), agriPorts.get(i));
            awaitHealthy(views.get(i), viewPorts.get(i));
        }
    }

    /** A node says it is ready once the quorum has registered it, i.e. clients can use it. */
    void awaitBroker(int node) {
        StackProcess broker = brokers.get(node - 1);
        await(broker.name() + " ready").atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(200))
                .failFast(broker.name() + " exited", () -> !broker.isAlive())
                .until(() -> broker.logContains("ready on"));
    }

    void awaitHealthy(StackProcess service, int port) {
        ProcessStack.awaitHealthy(http, service, port, START_TIMEOUT);
    }

    Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15000));
    }

    /** The node that leads the controller quorum: killing it takes the cluster's metadata leader away too. */
    int quorumLeader() {
        try (Admin admin = admin()) {
            return admin.describeMetadataQuorum().quorumInfo().get(15, TimeUnit.SECONDS).leaderId();
        } catch (Exception e) {
            throw new IllegalStateException("could not ask the cluster for its quorum leader", e);
        }
    }

    String tails(int lines) {
        StringBuilder out = new StringBuilder();
        for (StackProcess part : all) {
            out.append(part.tail(lines)).append('\n');
        }
        return out.toString();
    }

    @Override
    public void close() {
        for (StackProcess part : all) {
            part.close();
        }
    }
}
