package qc.passerelle.system;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import qc.passerelle.kraft.StandaloneKraftBroker;
import qc.passerelle.local.MongoWireServer;
import qc.passerelle.testsupport.TestIdentityProvider;

/**
 * The local stack as it runs on a developer's machine, one process per part: the KRaft broker and the MongoDB wire
 * server started from this JVM's class path, agricultural-workers and common-view from their executable jars. Ports
 * and data directories are fixed for the life of the stack, so that a restarted part comes back where the others
 * expect it, with the data it had.
 */
final class ProcessStack implements AutoCloseable {

    static final Path MODULE = Path.of("").toAbsolutePath();
    static final Path ROOT = MODULE.resolve("../..").normalize();
    private static final Duration START_TIMEOUT = Duration.ofSeconds(150);
    private static final List<String> SMALL_JVM = List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-Xshare:auto");

    final int storePort = freePort();
    final int brokerPort = freePort();
    final int agriPort = freePort();
    final int viewPort = freePort();
    final StackProcess store;
    final StackProcess broker;
    final StackProcess agri;
    final StackProcess view;
    private final List<StackProcess> all;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    ProcessStack(Path data, Path logs) {
        recreate(data);
        recreate(logs);
        String classPath = System.getProperty("java.class.path");
        String childLogging = "-Dlogback.configurationFile=" + MODULE.resolve("target/test-classes/fault-suite-child-logback.xml");
        store = new StackProcess("store", jvm(List.of("-cp", classPath, childLogging, storeMainClass(),
                String.valueOf(storePort), data.resolve("mongo").toString())), logs);
        broker = new StackProcess("broker", jvm(List.of("-cp", classPath, childLogging,
                StandaloneKraftBroker.class.getName(), String.valueOf(brokerPort), data.resolve("kafka").toString())), logs);
        agri = service("agricultural-workers", agriPort, logs);
        view = service("common-view", viewPort, logs);
        all = List.of(view, agri, broker, store);
    }

    /** The local stack's own wire server, unless the run asks for the old one to show what the suite catches. */
    static String storeMainClass() {
        return "background-commit".equals(System.getProperty("fault-suite.store"))
                ? BackgroundCommitWireServer.class.getName() : MongoWireServer.class.getName();
    }

    private StackProcess service(String name, int port, Path logs) {
        return new StackProcess(name, serviceCommand(name, port, mongoUri(name), bootstrapServers(), List.of()), logs);
    }

    /** A service from its executable jar, pointed at the store, the broker(s) and the test token issuer. */
    static List<String> serviceCommand(String name, int port, String mongoUri, String bootstrapServers,
                                       List<String> extraArguments) {
        Path jar = ROOT.resolve("services/" + name + "/target/" + name + "-0.1.0-SNAPSHOT-exec.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: it is built in the package phase of " + name);
        }
        TestIdentityProvider identity = TestIdentityProvider.get();
        List<String> arguments = new ArrayList<>(List.of("-jar", jar.toString(),
                "--server.port=" + port,
                "--spring.mongodb.uri=" + mongoUri,
                "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + identity.issuer(),
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + identity.jwkSetUri(),
                "--spring.jmx.enabled=false",
                "--spring.main.banner-mode=off"));
        arguments.addAll(relayTiming());
        arguments.addAll(extraArguments);
        return jvm(arguments);
    }

    /**
     * With the shipped lease (60 s) and crash scan (every 60 s), an aggregate whose relay pass died with the process
     * or the store waits for the first scan after its lease has expired: up to two minutes per fault before the view
     * catches up, which would be most of the suite's time budget. The shortest lease the relay accepts with its
     * default time-outs (above twice max-block plus publish-timeout, 24 s) and a 10 s scan keep what is checked
     * (nothing lost, duplicated or out of order) and bound the wait; {@code -Dfault-suite.relay=defaults} runs the
     * shipped timing instead.
     */
    static List<String> relayTiming() {
        return "defaults".equals(System.getProperty("fault-suite.relay")) ? List.of()
                : List.of("--passerelle.messaging.relay.lease=30s", "--passerelle.messaging.relay.scan-interval=10s");
    }

    static List<String> jvm(List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(SMALL_JVM);
        command.addAll(arguments);
        return command;
    }

    String bootstrapServers() {
        return "localhost:" + brokerPort;
    }

    String mongoUri(String database) {
        return "mongodb://localhost:" + storePort + "/" + database
                + "?serverSelectionTimeoutMS=2000&connectTimeoutMS=2000&socketTimeoutMS=10000";
    }

    /** Starts every part, the infrastructure first; the services wait for it rather than fail their start-up. */
    void startInfrastructure() {
        store.start();
        broker.start();
        awaitStore();
        awaitBroker();
    }

    void startServices() {
        agri.start();
        view.start();
        awaitHealthy(agri, agriPort);
        awaitHealthy(view, viewPort);
    }

    /** The wire server answers as soon as its port is bound, which it does after opening its file. */
    void awaitStore() {
        await("the store listening on " + storePort).atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(200))
                .failFast("the store process exited", () -> !store.isAlive())
                .until(() -> accepts(storePort));
    }

    /** The standalone broker says it is ready once its controller has registered it, i.e. clients can use it. */
    void awaitBroker() {
        await("the broker ready on " + brokerPort).atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(200))
                .failFast("the broker process exited", () -> !broker.isAlive())
                .until(() -> broker.logContains("ready on"));
    }

    /** Health is UP once the service reaches its database and its broker: it can then take commands and consume. */
    void awaitHealthy(StackProcess service, int port) {
        awaitHealthy(http, service, port, START_TIMEOUT);
    }

    /** The same wait for any stack's service process (the scale-out stack's too). */
    static void awaitHealthy(HttpClient http, StackProcess service, int port, Duration timeout) {
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        await(service.name() + " healthy on " + port).atMost(timeout).pollInterval(Duration.ofMillis(500))
                .failFast(service.name() + " exited", () -> !service.isAlive())
                .ignoreExceptions()
                .until(() -> {
                    HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                    return response.statusCode() == 200 && response.body().contains("\"UP\"");
                });
    }

    static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    String tails(int lines) {
        StringBuilder out = new StringBuilder();
        for (StackProcess part : all) {
            out.append(part.tail(lines)).append('\n');
        }
        return out.toString();
    }

    /** Services first, so that they do not log a storm of reconnections while the infrastructure goes. */
    @Override
    public void close() {
        for (StackProcess part : all) {
            part.close();
        }
    }

    /**
     * A port free now, below the range the system hands out to outgoing connections (32768 and up on Linux): a port
     * the system chose itself could be taken by one of the stack's own client sockets before the process that was
     * given it binds it (a common-view instance once failed to start so, with its port "already in use").
     */
    static int freePort() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = random.nextInt(20_000, 32_000);
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(false);
                socket.bind(new InetSocketAddress("0.0.0.0", port));
                return port;
            } catch (IOException taken) {
                // another one
            }
        }
        throw new IllegalStateException("no free port between 20000 and 32000");
    }

    static void recreate(Path directory) {
        try {
            if (Files.exists(directory)) {
                try (Stream<Path> paths = Files.walk(directory)) {
                    for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("could not recreate " + directory, e);
        }
    }
}
