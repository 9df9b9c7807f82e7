package qc.passerelle.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import qc.passerelle.agri.AgriculturalWorkersApplication;
import qc.passerelle.commonview.CommonViewApplication;
import qc.passerelle.devidentity.DevIdentityApplication;
import qc.passerelle.francization.FrancizationApplication;
import qc.passerelle.recruiting.RecruitingApplication;
import qc.passerelle.students.StudentAttractionApplication;
import qc.passerelle.testsupport.EmbeddedInfrastructure;
import qc.passerelle.testsupport.TestInfrastructure;

/**
 * The whole local stack in this JVM, for tests that use it as a person would: the embedded broker and database, the
 * development token issuer (dev profile) and the five services, each on a random port with its own database, all
 * trusting that issuer. common-view runs with the dev profile, so that its sign-in page lists the issuer's demo users.
 *
 * <p>The services' topics and consumer groups are the real ones, on the one embedded broker of the JVM: run one stack
 * at a time in a JVM (a second one would read the first one's events). Starting takes about 20 s on 2 cores.
 *
 * <p>Other modules use it from this module's test-jar ({@code <type>test-jar</type>}, scope test); test-scoped
 * dependencies do not travel with a test-jar, so such a module also declares test-support, dev-identity, the five
 * services and spring-boot-starter-test.
 */
public final class InProcessStack implements AutoCloseable {

    private static final AtomicInteger STACKS = new AtomicInteger();

    private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();
    private final Path keyDirectory;
    private URI identity;
    private URI recruiting;
    private URI studentAttraction;
    private URI francization;
    private URI agriculturalWorkers;
    private URI commonView;

    private InProcessStack() throws IOException {
        keyDirectory = Files.createTempDirectory("passerelle-dev-identity-");
    }

    public static InProcessStack start() {
        InProcessStack stack;
        try {
            stack = new InProcessStack();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            stack.launch(EmbeddedInfrastructure.get(), "stack" + STACKS.incrementAndGet());
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void launch(TestInfrastructure infrastructure, String databasePrefix) {
        identity = startIdentity(infrastructure, databasePrefix);
        recruiting = service(RecruitingApplication.class, infrastructure, "recruiting", databasePrefix,
                "mobility.recruiting.v1", "", false);
        studentAttraction = service(StudentAttractionApplication.class, infrastructure, "student-attraction",
                databasePrefix, "mobility.students.v1", "mobility.recruiting.v1", false);
        francization = service(FrancizationApplication.class, infrastructure, "francization", databasePrefix,
                "mobility.francization.v1", "mobility.recruiting.v1,mobility.students.v1,mobility.agri-workers.v1", false);
        agriculturalWorkers = service(AgriculturalWorkersApplication.class, infrastructure, "agricultural-workers",
                databasePrefix, "mobility.agri-workers.v1", "mobility.recruiting.v1,mobility.agri-workers.v1", false);
        commonView = service(CommonViewApplication.class, infrastructure, "common-view", databasePrefix,
                "mobility.alerts.v1", "mobility.recruiting.v1,mobility.students.v1,mobility.francization.v1,"
                        + "mobility.agri-workers.v1,mobility.alerts.v1", true);
    }

    /**
     * The issuer names itself in its tokens, so it must know its URL before it starts: a free port is chosen first.
     * Everything the services' jars bring along (their resource-server security, messaging) is switched off here:
     * the issuer is not a resource server and publishes nothing.
     */
    private URI startIdentity(TestInfrastructure infrastructure, String databasePrefix) {
        int port = freePort();
        String issuer = "http://localhost:" + port;
        ConfigurableApplicationContext context = new SpringApplicationBuilder(DevIdentityApplication.class,
                OpenIssuerSecurity.class).profiles("dev").properties(
                "spring.config.name=in-process-stack",
                "spring.application.name=dev-identity",
                "server.port=" + port,
                "server.address=127.0.0.1",
                "passerelle.dev-identity.issuer=" + issuer,
                "passerelle.dev-identity.key-file=" + keyDirectory.resolve("signing-key.json"),
                "passerelle.security.resource-server=false",
                "spring.autoconfigure.exclude=qc.passerelle.security.ResourceServerAutoConfiguration,"
                        + "qc.passerelle.messaging.MessagingAutoConfiguration",
                "spring.mongodb.uri=" + infrastructure.mongoUri(databasePrefix + "-dev-identity"),
                "spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                "management.endpoints.web.exposure.include=health",
                "spring.jmx.enabled=false").run();
        contexts.add(context);
        return URI.create(issuer);
    }

    private URI service(Class<?> application, TestInfrastructure infrastructure, String name, String databasePrefix,
                        String owned, String topics, boolean devProfile) {
        List<String> properties = new ArrayList<>(List.of(
                // its own application.yml, not whichever of the five the class path lists first; what follows is
                // this stack's, on top
                "spring.config.location=" + ownConfiguration(application),
                "spring.application.name=" + name,
                "server.port=0",
                "spring.mongodb.uri=" + infrastructure.mongoUri(databasePrefix + "-" + name),
                "spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                "spring.threads.virtual.enabled=true",
                "management.endpoints.web.exposure.include=health",
                "springdoc.api-docs.path=/v3/api-docs",
                "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + identity,
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + identity + "/oauth2/jwks",
                "spring.jmx.enabled=false",
                "passerelle.messaging.topics.owned=" + owned));
        if (!topics.isEmpty()) {
            properties.add("passerelle.messaging.consumer.topics=" + topics);
        }
        SpringApplicationBuilder builder = new SpringApplicationBuilder(application);
        if (devProfile) {
            builder.profiles("dev");
        }
        // as command-line arguments, not default properties: the dev profile's own defaults (the issuer on
        // localhost:9000) rank above default properties, and must yield to the in-process issuer
        ConfigurableApplicationContext context = builder.run(properties.stream().map(p -> "--" + p)
                .toArray(String[]::new));
        contexts.add(context);
        return URI.create("http://localhost:" + context.getEnvironment().getProperty("local.server.port"));
    }

    /** The application.yml beside the service's classes, in its jar or its build's classes folder. */
    private static String ownConfiguration(Class<?> application) {
        String classes = application.getProtectionDomain().getCodeSource().getLocation().toString();
        return classes.endsWith(".jar") ? "jar:" + classes + "!/application.yml" : classes + "application.yml";
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI identity() {
        return identity;
    }

    public URI recruiting() {
        return recruiting;
    }

    public URI studentAttraction() {
        return studentAttraction;
    }

    public URI francization() {
        return francization;
    }

    public URI agriculturalWorkers() {
        return agriculturalWorkers;
    }

    public URI commonView() {
        return commonView;
    }

    public DemoTargets targets() {
        return new DemoTargets(identity, commonView, recruiting, studentAttraction, francization, agriculturalWorkers);
    }

    /** Stops the services before the issuer; the JVM's infrastructure stays for whoever uses it next. */
    @Override
    public void close() {
        contexts.reversed().forEach(ConfigurableApplicationContext::close);
        contexts.clear();
        try (var files = Files.walk(keyDirectory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is no failure
        }
    }
}
