package qc.passerelle.francization;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import qc.passerelle.contracts.Topics;

/**
 * A whole topic as it stands, from offset zero to its current end: to count what is there exactly (the test client
 * stops reading as soon as it has seen enough).
 */
final class TopicRecords {

    private TopicRecords() {
    }

    static List<ConsumerRecord<String, byte[]>> all(String bootstrapServers, String topic) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (r.offset() < ends.get(new TopicPartition(r.topic(), r.partition()))) {
                        records.add(r);
                    }
                });
            }
            return records;
        }
    }

    static List<ConsumerRecord<String, byte[]>> withKey(String bootstrapServers, String topic, String key) {
        return all(bootstrapServers, topic).stream().filter(r -> key.equals(r.key())).toList();
    }

    static List<ConsumerRecord<String, byte[]>> francizationEventsOf(String bootstrapServers, String enrolmentId) {
        return withKey(bootstrapServers, Topics.FRANCIZATION, enrolmentId);
    }
}
