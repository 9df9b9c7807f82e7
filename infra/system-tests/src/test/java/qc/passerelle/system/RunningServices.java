package qc.passerelle.system;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import qc.passerelle.agri.AgriculturalWorkersApplication;
import qc.passerelle.commonview.CommonViewApplication;
import qc.passerelle.testsupport.TestIdentityProvider;
import qc.passerelle.testsupport.TestInfrastructure;

/**
 * agricultural-workers and common-view started side by side in one JVM on the given infrastructure. Both jars carry
 * an application.yml, so each service gets its configuration here in full rather than from whichever file is first.
 */
final class RunningServices implements AutoCloseable {

    private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();
    final int agriculturalWorkersPort;
    final int commonViewPort;

    RunningServices(TestInfrastructure infrastructure, String databasePrefix) {
        ConfigurableApplicationContext agri = start(AgriculturalWorkersApplication.class, infrastructure,
                "agricultural-workers", databasePrefix, "mobility.agri-workers.v1", "mobility.recruiting.v1");
        ConfigurableApplicationContext view = start(CommonViewApplication.class, infrastructure,
                "common-view", databasePrefix, "mobility.alerts.v1", "mobility.agri-workers.v1");
        agriculturalWorkersPort = port(agri);
        commonViewPort = port(view);
    }

    private ConfigurableApplicationContext start(Class<?> application, TestInfrastructure infrastructure, String name,
                                                 String databasePrefix, String owned, String topics) {
        ConfigurableApplicationContext context = launch(application, infrastructure, name, databasePrefix, owned, topics);
        contexts.add(context);
        return context;
    }

    /** One service on the infrastructure, its database named after the prefix and the service. */
    static ConfigurableApplicationContext launch(Class<?> application, TestInfrastructure infrastructure, String name,
                                                 String databasePrefix, String owned, String topics) {
        List<String> properties = new ArrayList<>(List.of(
                "spring.config.name=system-test",
                "spring.application.name=" + name,
                "server.port=0",
                "spring.mongodb.uri=" + infrastructure.mongoUri(databasePrefix + "-" + name),
                "spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                "management.endpoints.web.exposure.include=health",
                "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestIdentityProvider.get().issuer(),
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + TestIdentityProvider.get().jwkSetUri(),
                "spring.jmx.enabled=false",
                "passerelle.messaging.topics.owned=" + owned));
        if (!topics.isEmpty()) {
            properties.add("passerelle.messaging.consumer.topics=" + topics);
        }
        return new SpringApplicationBuilder(application).properties(properties.toArray(String[]::new)).run();
    }

    static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    @Override
    public void close() {
        contexts.reversed().forEach(ConfigurableApplicationContext::close);
    }
}
