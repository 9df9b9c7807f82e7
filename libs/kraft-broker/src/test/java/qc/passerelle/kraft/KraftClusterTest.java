package qc.passerelle.kraft;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KraftClusterTest {

    /**
     * Three replicas, two needed for a write: with one node down the cluster still takes and serves records, and
     * the node comes back with its port and catches up.
     */
    @Test
    void keepsTakingAndServingRecordsWhileOneOfItsThreeNodesIsDown(@TempDir Path data) throws Exception {
        try (KraftCluster cluster = new KraftCluster(data, 3)) {
            cluster.start();
            assertThat(cluster.bootstrapServers().split(",")).hasSize(3);
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()))) {
                assertThat(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS)).hasSize(3);
                admin.createTopics(List.of(new NewTopic("season", 3, (short) cluster.replicationFactor())
                        .configs(Map.of("min.insync.replicas", String.valueOf(cluster.minInsyncReplicas())))))
                        .all().get(30, TimeUnit.SECONDS);
                TopicDescription season = admin.describeTopics(List.of("season")).allTopicNames()
                        .get(30, TimeUnit.SECONDS).get("season");
                assertThat(season.partitions()).allSatisfy(p -> assertThat(p.replicas()).hasSize(3));
            }
            send(cluster, "arrived");

            cluster.node(2).stop();
            send(cluster, "departed");
            assertThat(readAll(cluster, "while-node-2-is-down")).containsExactly("arrived", "departed");

            cluster.node(2).start();
            cluster.node(1).stop();
            assertThat(readAll(cluster, "after-node-2-is-back")).containsExactly("arrived", "departed");
        }
    }

    private static void send(KraftCluster cluster, String value) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("season", "wkr-1", value)).get(30, TimeUnit.SECONDS);
        }
    }

    private static List<String> readAll(KraftCluster cluster, String group) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("season"));
            List<String> values = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (values.size() < 2 && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    values.add(r.value());
                }
            }
            return values;
        }
    }
}
