package qc.passerelle.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import qc.passerelle.contracts.Topics;

class EmbeddedClusterInfrastructureTest {

    /** The catalogue's topics as a cluster's owners provision them, and still writable with a node down. */
    @Test
    void providesTheCataloguesTopicsReplicatedThreeTimesAndWritableWhileANodeIsDown() throws Exception {
        EmbeddedClusterInfrastructure cluster = EmbeddedClusterInfrastructure.get();
        assertThat(cluster.replicationFactor()).isEqualTo(3);
        assertThat(cluster.minInsyncReplicas()).isEqualTo(2);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.kafkaBootstrapServers()))) {
            TopicDescription agri = admin.describeTopics(List.of(Topics.AGRI_WORKERS)).allTopicNames()
                    .get(30, TimeUnit.SECONDS).get(Topics.AGRI_WORKERS);
            assertThat(agri.partitions()).hasSize(EmbeddedClusterInfrastructure.PARTITIONS)
                    .allSatisfy(p -> assertThat(p.replicas()).hasSize(3));
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, Topics.AGRI_WORKERS);
            Config config = admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource);
            assertThat(config.get("min.insync.replicas").value()).isEqualTo("2");
        }

        cluster.stopNode(3);
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            assertThat(producer.send(new ProducerRecord<>(Topics.AGRI_WORKERS, "wkr-1", "{}")).get(60, TimeUnit.SECONDS)
                    .hasOffset()).isTrue();
        } finally {
            cluster.startNode(3);
        }
    }
}
