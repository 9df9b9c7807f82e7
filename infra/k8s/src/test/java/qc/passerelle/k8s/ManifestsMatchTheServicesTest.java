package qc.passerelle.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import qc.passerelle.contracts.Topics;
import qc.passerelle.k8s.Manifests.Resource;
import qc.passerelle.messaging.topics.TopicProvisioner;

/**
 * The Kubernetes manifests cannot drift from what the services really are: ports from each service's
 * {@code application.yml}, images and ports from {@code docker-compose.yml}, topics from the contracts library and
 * their settings from the services' own provisioner, environment variables that Spring really binds.
 */
class ManifestsMatchTheServicesTest {

    static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    static final Manifests MANIFESTS = Manifests.load(ROOT.resolve("infra/k8s/manifests"));
    static final List<ServiceConfig> SERVICES = ServiceConfig.all(ROOT);
    static final Map<String, Object> COMPOSE = Yamls.map(Yamls.read(ROOT.resolve("docker-compose.yml")), "services");
    static final String LIVENESS = "/actuator/health/liveness";
    static final String READINESS = "/actuator/health/readiness";

    @Test
    void everyServiceRunsTwiceBehindAServiceWithItsOwnPortProbesResourcesAndADisruptionBudget() {
        assertThat(SERVICES).hasSize(5);
        for (ServiceConfig service : SERVICES) {
            Map<String, Object> deployment = MANIFESTS.get("Deployment", service.module()).spec();
            assertThat(((Number) deployment.get("replicas")).intValue()).as(service.module()).isGreaterThanOrEqualTo(2);
            Map<String, Object> podLabels = Yamls.map(Yamls.map(Yamls.map(deployment, "template"), "metadata"), "labels");
            assertThat(podLabels).containsAllEntriesOf(Yamls.map(Yamls.map(deployment, "selector"), "matchLabels"));
            Map<String, Object> container = container(service.module());

            Map<String, Object> port = Yamls.maps(container, "ports").getFirst();
            assertThat(port.get("containerPort")).as(service.module() + " container port").isEqualTo(service.port());
            assertThat(probePath(container, "livenessProbe", port)).as(service.module()).isEqualTo(LIVENESS);
            assertThat(probePath(container, "readinessProbe", port)).as(service.module()).isEqualTo(READINESS);
            Map<String, Object> resources = Yamls.map(container, "resources");
            assertThat(Yamls.map(resources, "requests")).as(service.module()).containsKeys("cpu", "memory");
            assertThat(Yamls.map(resources, "limits")).as(service.module()).containsKeys("cpu", "memory");

            Map<String, Object> kubeService = MANIFESTS.get("Service", service.module()).spec();
            assertThat(podLabels).containsAllEntriesOf(Yamls.map(kubeService, "selector"));
            Map<String, Object> servicePort = Yamls.maps(kubeService, "ports").getFirst();
            assertThat(servicePort.get("port")).as(service.module() + " Service port").isEqualTo(service.port());
            assertThat(servicePort.get("targetPort")).isIn(port.get("name"), service.port());

            Map<String, Object> budget = MANIFESTS.get("PodDisruptionBudget", service.module()).spec();
            assertThat(podLabels).containsAllEntriesOf(Yamls.map(Yamls.map(budget, "selector"), "matchLabels"));
            assertThat(budget.containsKey("minAvailable") || budget.containsKey("maxUnavailable")).isTrue();
            if (budget.containsKey("minAvailable")) {
                assertThat(((Number) budget.get("minAvailable")).intValue()).isBetween(1, 
                        ((Number) deployment.get("replicas")).intValue() - 1);
            }
        }
    }

    /** The probes' paths exist only while the services keep the health endpoint and its probe groups on. */
    @Test
    void noServiceTurnsOffTheHealthGroupsTheProbesCall() {
        for (ServiceConfig service : SERVICES) {
            assertThat(String.valueOf(service.properties().get("management.endpoint.health.probes.enabled")))
                    .as(service.module()).isNotEqualTo("false");
            Object exposed = service.properties().get("management.endpoints.web.exposure.include");
            if (exposed != null) {
                assertThat(String.valueOf(exposed)).as(service.module()).containsAnyOf("health", "*");
            }
        }
    }

    @Test
    void imagesAndPortsAreTheOnesOfDockerCompose() {
        for (ServiceConfig service : SERVICES) {
            Map<String, Object> composed = Yamls.map(COMPOSE, service.module());
            assertThat(container(service.module()).get("image")).as(service.module()).isEqualTo(composed.get("image"));
            int port = service.port();
            assertThat(Yamls.strings(composed.get("ports"))).as(service.module()).contains(port + ":" + port);
        }
        Map<String, Object> kafka = MANIFESTS.get("Kafka", "passerelle").spec();
        String composeKafka = String.valueOf(Yamls.map(COMPOSE, "kafka").get("image"));
        assertThat(composeKafka).isEqualTo("apache/kafka:" + Yamls.map(kafka, "kafka").get("version"));
        String composeMongo = String.valueOf(Yamls.map(COMPOSE, "mongo").get("image"));
        assertThat(String.valueOf(MANIFESTS.get("MongoDBCommunity", "passerelle-mongo").spec().get("version")))
                .startsWith(composeMongo.substring("mongo:".length()) + ".");
    }

    @Test
    void theCommonViewAndRecruitingScaleOutWithinWhatTheirConsumerGroupsCanUse() {
        for (String module : List.of("common-view", "recruiting")) {
            Map<String, Object> autoscaler = MANIFESTS.get("HorizontalPodAutoscaler", module).spec();
            Map<String, Object> target = Yamls.map(autoscaler, "scaleTargetRef");
            assertThat(target).containsEntry("kind", "Deployment").containsEntry("name", module);
            int min = ((Number) autoscaler.get("minReplicas")).intValue();
            int max = ((Number) autoscaler.get("maxReplicas")).intValue();
            assertThat(min).isGreaterThanOrEqualTo(2);
            assertThat(max).isGreaterThan(min);
            ServiceConfig service = service(module);
            if (!service.consumedTopics().isEmpty()) {
                int partitions = service.consumedTopics().stream().mapToInt(t -> kafkaTopic(t).partitions()).sum();
                assertThat(max).as(module + ": instances beyond the partitions it consumes would idle").isLessThanOrEqualTo(partitions);
            }
        }
    }

    /**
     * Every topic of the contracts and its dead-letter topic exist as KafkaTopic resources exactly as their owners'
     * provisioner would create them with the replication settings the manifests give the services; nothing else exists.
     */
    @Test
    void everyTopicAndItsDeadLetterTopicIsDeclaredAsItsOwnerProvisionsIt() {
        Map<String, Object> config = Yamls.map(MANIFESTS.get("ConfigMap", "passerelle-config").document(), "data");
        TopicProvisioner.Settings settings = new TopicProvisioner.Settings(
                Integer.parseInt(String.valueOf(config.get("PASSERELLE_MESSAGING_TOPICS_PARTITIONS"))),
                Short.parseShort(String.valueOf(config.get("PASSERELLE_MESSAGING_TOPICS_REPLICATION_FACTOR"))),
                Integer.parseInt(String.valueOf(config.get("PASSERELLE_MESSAGING_TOPICS_MIN_INSYNC_REPLICAS"))));
        List<NewTopic> wanted = new TopicProvisioner(null, settings).wanted(Topics.ALL);
        Set<String> declared = new TreeSet<>();
        MANIFESTS.ofKind("KafkaTopic").forEach(t -> declared.add(String.valueOf(t.spec().get("topicName"))));

        assertThat(declared).containsExactlyInAnyOrderElementsOf(wanted.stream().map(NewTopic::name).toList());
        for (NewTopic topic : wanted) {
            DeclaredTopic kafkaTopic = kafkaTopic(topic.name());
            assertThat(kafkaTopic.partitions()).as(topic.name()).isEqualTo(topic.numPartitions());
            assertThat(kafkaTopic.replicas()).as(topic.name()).isEqualTo(topic.replicationFactor());
            assertThat(kafkaTopic.config()).as(topic.name()).isEqualTo(topic.configs());
        }
        for (String topic : Topics.ALL) {
            assertThat(SERVICES.stream().filter(s -> s.ownedTopics().contains(topic))).as("owner of " + topic).hasSize(1);
        }
    }

    @Test
    void kafkaIsAThreeBrokerKraftClusterThatKeepsAcknowledgedWritesWhenOneBrokerIsLost() {
        Resource kafka = MANIFESTS.get("Kafka", "passerelle");
        Map<String, Object> annotations = Yamls.map(Yamls.map(kafka.document(), "metadata"), "annotations");
        assertThat(annotations).containsEntry("strimzi.io/kraft", "enabled").containsEntry("strimzi.io/node-pools", "enabled");
        int brokers = MANIFESTS.ofKind("KafkaNodePool").stream()
                .filter(p -> String.valueOf(Yamls.map(Yamls.map(p.document(), "metadata"), "labels").get("strimzi.io/cluster"))
                        .equals(kafka.name()))
                .filter(p -> Yamls.strings(p.spec().get("roles")).contains("broker"))
                .mapToInt(p -> ((Number) p.spec().get("replicas")).intValue()).sum();
        assertThat(brokers).isEqualTo(3);
        Map<String, Object> config = Yamls.map(Yamls.map(kafka.spec(), "kafka"), "config");
        assertThat(config).containsEntry("min.insync.replicas", 2).containsEntry("default.replication.factor", 3)
                .containsEntry("auto.create.topics.enable", false);
        Map<String, Object> shared = Yamls.map(MANIFESTS.get("ConfigMap", "passerelle-config").document(), "data");
        assertThat(shared).containsEntry("PASSERELLE_MESSAGING_TOPICS_REPLICATION_FACTOR", "3")
                .containsEntry("PASSERELLE_MESSAGING_TOPICS_MIN_INSYNC_REPLICAS", "2");
        Map<String, Object> listener = Yamls.maps(Yamls.map(kafka.spec(), "kafka"), "listeners").getFirst();
        String bootstrap = secretValue("passerelle-platform", "kafka-bootstrap-servers");
        assertThat(bootstrap).startsWith(kafka.name() + "-kafka-bootstrap.").endsWith(":" + listener.get("port"));
    }

    @Test
    void mongoIsAReplicaSetWithOneUserPerServiceAndTheServicesOwnConnectionOptions() {
        Resource mongo = MANIFESTS.get("MongoDBCommunity", "passerelle-mongo");
        assertThat(mongo.spec()).containsEntry("type", "ReplicaSet");
        assertThat(((Number) mongo.spec().get("members")).intValue()).isGreaterThanOrEqualTo(3);
        List<Map<String, Object>> users = Yamls.maps(mongo.spec(), "users");
        for (ServiceConfig service : SERVICES) {
            assertThat(service.replicaSetOptions()).as(service.module()).containsKey("serverSelectionTimeoutMS");
            Map<String, Object> user = users.stream().filter(u -> service.module().equals(u.get("name"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no MongoDB user for " + service.module()));
            assertThat(Yamls.maps(user, "roles")).containsExactly(Map.of("name", "readWrite", "db", service.database()));
            Map<String, Object> password = Yamls.map(user, "passwordSecretRef");
            String secret = secretValue(String.valueOf(password.get("name")), String.valueOf(password.get("key")));

            URI uri = URI.create(secretValue(service.module() + "-mongodb", "uri"));
            assertThat(uri.getPath()).as(service.module()).isEqualTo("/" + service.database());
            // several hosts make a registry-based authority for java.net.URI: no user info of its own
            assertThat(uri.getRawAuthority()).startsWith(service.module() + ":" + secret + "@");
            Map<String, String> options = ServiceConfig.options(uri.getRawQuery());
            assertThat(options).as(service.module()).containsEntry("replicaSet", mongo.name())
                    .containsAllEntriesOf(service.replicaSetOptions());
            assertThat(uri.getRawAuthority()).contains(mongo.name() + "-0." + mongo.name() + "-svc.");
        }
        assertThat(MANIFESTS.get("PodDisruptionBudget", "passerelle-mongo").spec()).containsEntry("maxUnavailable", 1);
    }

    /** A misspelt variable is silently ignored by Spring: here it fails instead. */
    @Test
    void everyEnvironmentVariableBindsToAPropertyTheServicesReadAndEveryReferenceResolves() {
        SpringProperties known = SpringProperties.of(ROOT, SERVICES);
        assertThat(known.size()).as("configuration metadata on the class path").isGreaterThan(500);
        List<String> unbound = new ArrayList<>();
        for (ServiceConfig service : SERVICES) {
            Map<String, Object> container = container(service.module());
            List<String> names = new ArrayList<>();
            for (Map<String, Object> variable : Yamls.maps(container, "env")) {
                names.add(String.valueOf(variable.get("name")));
                Map<String, Object> from = Yamls.mapOrEmpty(variable, "valueFrom");
                if (from.containsKey("secretKeyRef")) {
                    Map<String, Object> ref = Yamls.map(from, "secretKeyRef");
                    secretValue(String.valueOf(ref.get("name")), String.valueOf(ref.get("key")));
                }
                if (from.containsKey("configMapKeyRef")) {
                    Map<String, Object> ref = Yamls.map(from, "configMapKeyRef");
                    assertThat(Yamls.map(MANIFESTS.get("ConfigMap", String.valueOf(ref.get("name"))).document(), "data"))
                            .containsKey(String.valueOf(ref.get("key")));
                }
            }
            for (Map<String, Object> source : Yamls.maps(container, "envFrom")) {
                Map<String, Object> ref = Yamls.map(source, "configMapRef");
                names.addAll(Yamls.map(MANIFESTS.get("ConfigMap", String.valueOf(ref.get("name"))).document(), "data").keySet());
            }
            assertThat(names).as(service.module()).contains("SPRING_MONGODB_URI", "SPRING_KAFKA_BOOTSTRAP_SERVERS",
                    "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI");
            names.stream().filter(n -> !known.binds(n)).forEach(n -> unbound.add(service.module() + ": " + n));
        }
        assertThat(unbound).as("environment variables that bind to no property").isEmpty();
    }

    @Test
    void kustomizationAppliesEveryManifestAndEverythingLivesInOneNamespace() throws Exception {
        Map<String, Object> kustomization = Yamls.read(MANIFESTS.dir().resolve("kustomization.yaml"));
        List<String> listed = Yamls.strings(kustomization.get("resources"));
        List<String> files;
        try (Stream<Path> walk = Files.walk(MANIFESTS.dir())) {
            files = walk.filter(f -> f.toString().endsWith(".yaml") && !f.endsWith("kustomization.yaml"))
                    .map(f -> MANIFESTS.dir().relativize(f).toString()).sorted().toList();
        }
        assertThat(listed).containsExactlyInAnyOrderElementsOf(files);
        for (Resource resource : MANIFESTS.all()) {
            if (resource.kind().equals("Kustomization") || resource.kind().equals("Namespace")) {
                continue;
            }
            assertThat(Yamls.map(resource.document(), "metadata").get("namespace"))
                    .as(resource.file() + " " + resource.kind() + " " + resource.name()).isEqualTo("passerelle");
        }
        Map<String, String> images = new HashMap<>();
        Yamls.maps(kustomization, "images").forEach(i -> images.put(String.valueOf(i.get("name")), String.valueOf(i.get("newTag"))));
        for (ServiceConfig service : SERVICES) {
            String image = String.valueOf(container(service.module()).get("image"));
            assertThat(images).containsEntry(image.substring(0, image.indexOf(':')), image.substring(image.indexOf(':') + 1));
        }
    }

    record DeclaredTopic(int partitions, int replicas, Map<String, String> config) {
    }

    private static DeclaredTopic kafkaTopic(String topic) {
        Resource resource = MANIFESTS.ofKind("KafkaTopic").stream()
                .filter(t -> topic.equals(t.spec().get("topicName"))).findFirst()
                .orElseThrow(() -> new AssertionError("no KafkaTopic for " + topic));
        Map<String, String> config = new HashMap<>();
        Yamls.map(resource.spec(), "config").forEach((k, v) -> config.put(k, String.valueOf(v)));
        return new DeclaredTopic(((Number) resource.spec().get("partitions")).intValue(),
                ((Number) resource.spec().get("replicas")).intValue(), config);
    }

    private static String secretValue(String secret, String key) {
        Resource resource = MANIFESTS.get("Secret", secret);
        Object value = Yamls.mapOrEmpty(resource.document(), "stringData").get(key);
        assertThat(value).as("key " + key + " of Secret " + secret).isNotNull();
        return String.valueOf(value);
    }

    private static ServiceConfig service(String module) {
        return SERVICES.stream().filter(s -> s.module().equals(module)).findFirst().orElseThrow();
    }

    private static Map<String, Object> container(String module) {
        Map<String, Object> pod = Yamls.map(Yamls.map(MANIFESTS.get("Deployment", module).spec(), "template"), "spec");
        List<Map<String, Object>> containers = Yamls.maps(pod, "containers");
        assertThat(containers).as(module).hasSize(1);
        return containers.getFirst();
    }

    private static String probePath(Map<String, Object> container, String probe, Map<String, Object> port) {
        Map<String, Object> get = Yamls.map(Yamls.map(container, probe), "httpGet");
        assertThat(get.get("port")).as(probe).isIn(port.get("name"), port.get("containerPort"));
        return String.valueOf(get.get("path"));
    }
}
