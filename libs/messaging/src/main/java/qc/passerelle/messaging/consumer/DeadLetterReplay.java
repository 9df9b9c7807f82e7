package qc.passerelle.messaging.consumer;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import qc.passerelle.contracts.CloudEventHeaders;
import qc.passerelle.contracts.Topics;

/**
 * Reads this consumer group's dead letters and replays them through the dispatcher, as if they came off their topic
 * again: safe at any time because every handler keeps the sequence guard. Where a replay got to is kept per
 * dead-letter partition, so a record is replayed once; one that fails again is dead-lettered again, with the new
 * reason, after the point where the replay stopped reading.
 */
public class DeadLetterReplay {

    static final String COLLECTION = "dead_letter_replays";

    public record DeadLetter(String deadLetterTopic, int partition, long offset, String originalTopic, String type,
                             String subject, String reason, boolean replayed) {
    }

    public record Outcome(int replayed, int deadAgain, String stoppedBecause) {
    }

    private final Supplier<Consumer<String, byte[]>> consumers;
    private final EventDispatcher dispatcher;
    private final MongoTemplate mongo;
    private final String group;
    private final List<String> topics;

    public DeadLetterReplay(Supplier<Consumer<String, byte[]>> consumers, EventDispatcher dispatcher, MongoTemplate mongo,
                            String group, List<String> topics) {
        this.consumers = consumers;
        this.dispatcher = dispatcher;
        this.mongo = mongo;
        this.group = group;
        this.topics = topics;
    }

    public List<DeadLetter> list() {
        List<DeadLetter> letters = new ArrayList<>();
        for (String topic : topics) {
            String dlq = Topics.deadLetter(topic);
            Map<Integer, Long> replayedUpTo = positions(dlq);
            read(dlq, Map.of(), record -> {
                Map<String, String> headers = headers(record);
                letters.add(new DeadLetter(dlq, record.partition(), record.offset(),
                        headers.get(DeadLetters.ORIGINAL_TOPIC), headers.get(CloudEventHeaders.TYPE),
                        headers.get(CloudEventHeaders.SUBJECT), headers.get(DeadLetters.EXCEPTION_MESSAGE),
                        record.offset() < replayedUpTo.getOrDefault(record.partition(), 0L)));
                return true;
            });
        }
        return letters;
    }

    public synchronized Outcome replay() {
        int[] replayed = {0};
        int[] deadAgain = {0};
        String[] stopped = {null};
        for (String topic : topics) {
            String dlq = Topics.deadLetter(topic);
            read(dlq, positions(dlq), record -> {
                try {
                    deadAgain[0] += dispatcher.dispatch(List.of(asDelivery(record))).deadLettered();
                    replayed[0]++;
                    moveTo(dlq, record.partition(), record.offset() + 1);
                    return true;
                } catch (DeliveryFailedException e) {
                    stopped[0] = String.valueOf(e.getCause());
                    return false;
                }
            });
            if (stopped[0] != null) {
                break;
            }
        }
        return new Outcome(replayed[0], deadAgain[0], stopped[0]);
    }

    /** The dead letter as the record it was, on its own topic, without what the dead-lettering added. */
    private Delivery asDelivery(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = headers(record);
        String topic = headers.getOrDefault(DeadLetters.ORIGINAL_TOPIC, record.topic());
        int partition = parse(headers.get(DeadLetters.ORIGINAL_PARTITION), record.partition());
        long offset = parse(headers.get(DeadLetters.ORIGINAL_OFFSET), record.offset());
        headers.keySet().removeIf(name -> name.startsWith("x-"));
        return new Delivery(topic, partition, offset, record.key(), headers, record.value());
    }

    private interface RecordVisitor {
        boolean visit(ConsumerRecord<String, byte[]> record);
    }

    /** Reads a dead-letter topic from the given positions to its current end, this group's records only. */
    private void read(String dlq, Map<Integer, Long> from, RecordVisitor visitor) {
        try (Consumer<String, byte[]> consumer = consumers.get()) {
            List<PartitionInfo> infos = consumer.partitionsFor(dlq, Duration.ofSeconds(5));
            if (infos == null || infos.isEmpty()) {
                return;
            }
            List<TopicPartition> partitions = infos.stream().map(p -> new TopicPartition(dlq, p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(5));
            for (TopicPartition tp : partitions) {
                consumer.seek(tp, from.getOrDefault(tp.partition(), 0L));
            }
            Map<TopicPartition, Long> remaining = new HashMap<>(ends);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (remaining.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())
                    && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() >= ends.get(new TopicPartition(dlq, record.partition()))) {
                        continue;
                    }
                    if (group.equals(headers(record).get(DeadLetters.ORIGINAL_GROUP)) && !visitor.visit(record)) {
                        return;
                    }
                }
            }
        }
    }

    private Map<Integer, Long> positions(String dlq) {
        Document doc = mongo.findById(group + ":" + dlq, Document.class, COLLECTION);
        Map<Integer, Long> positions = new LinkedHashMap<>();
        if (doc != null && doc.get("next") instanceof Document next) {
            next.forEach((partition, offset) -> positions.put(Integer.parseInt(partition), ((Number) offset).longValue()));
        }
        return positions;
    }

    private void moveTo(String dlq, int partition, long next) {
        mongo.upsert(query(where("_id").is(group + ":" + dlq)), new Update().max("next." + partition, next), COLLECTION);
    }

    private static Map<String, String> headers(ConsumerRecord<?, ?> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    private static int parse(String value, int fallback) {
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static long parse(String value, long fallback) {
        try {
            return value == null ? fallback : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** A fresh reader for each listing or replay: never part of the service's consumer group. */
    public static String readerGroup() {
        return "dead-letter-reader-" + UUID.randomUUID();
    }
}
