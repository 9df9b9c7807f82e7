package qc.passerelle.kraft;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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

class KraftBrokerTest {

    @Test
    void createsTopicsAsSoonAsItHasStarted(@TempDir Path data) throws Exception {
        try (KraftBroker broker = new KraftBroker(data, 0)) {
            broker.start();
            try (var admin = org.apache.kafka.clients.admin.Admin.create(Map.<String, Object>of(
                    org.apache.kafka.clients.admin.AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
                admin.createTopics(List.of(new org.apache.kafka.clients.admin.NewTopic("created-at-once", 3, (short) 1)))
                        .all().get(20, java.util.concurrent.TimeUnit.SECONDS);
                // the controller has it; the broker's metadata follows a moment later
                org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                        .until(() -> admin.listTopics().names().get().contains("created-at-once"));
            }
        }
    }

    /** A topic is its owner's to provision (retention, partitions); a typo must not create a 7-day topic. */
    @Test
    void createsNoTopicOnItsOwnWhenARecordIsSentToAnUnknownOne(@TempDir Path data) throws Exception {
        try (KraftBroker broker = new KraftBroker(data, 0)) {
            broker.start();
            try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    ProducerConfig.MAX_BLOCK_MS_CONFIG, 2000), new StringSerializer(), new StringSerializer());
                 var admin = org.apache.kafka.clients.admin.Admin.create(Map.<String, Object>of(
                         org.apache.kafka.clients.admin.AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
                var sent = producer.send(new ProducerRecord<>("mobility.typo.v1", "k", "v"));
                org.assertj.core.api.Assertions.assertThatThrownBy(sent::get).hasCauseInstanceOf(
                        org.apache.kafka.common.errors.TimeoutException.class);
                assertThat(admin.listTopics().names().get()).doesNotContain("mobility.typo.v1");
            }
        }
    }

    @Test
    void keepsItsRecordsAndPortAcrossARestart(@TempDir Path data) throws Exception {
        try (KraftBroker broker = new KraftBroker(data, 0)) {
            broker.start();
            try (var admin = org.apache.kafka.clients.admin.Admin.create(Map.<String, Object>of(
                    org.apache.kafka.clients.admin.AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
                admin.createTopics(List.of(new org.apache.kafka.clients.admin.NewTopic("restart-check", 1, (short) 1)))
                        .all().get(20, java.util.concurrent.TimeUnit.SECONDS);
            }
            try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("restart-check", "wkr-1", "arrived")).get();
            }
            broker.stop();
            broker.start();

            try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    ConsumerConfig.GROUP_ID_CONFIG, "restart-check",
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of("restart-check"));
                List<String> values = new java.util.ArrayList<>();
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (values.isEmpty() && System.nanoTime() < deadline) {
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                        values.add(r.value());
                    }
                }
                assertThat(values).containsExactly("arrived");
            }
        }
    }
}
