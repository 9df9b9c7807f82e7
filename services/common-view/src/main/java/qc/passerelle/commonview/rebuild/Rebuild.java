package qc.passerelle.commonview.rebuild;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import qc.passerelle.commonview.change.Audience;
import qc.passerelle.commonview.change.Change;
import qc.passerelle.commonview.change.ChangeLog;
import qc.passerelle.commonview.readmodel.ReadModels;
import qc.passerelle.commonview.readmodel.Replay;
import qc.passerelle.messaging.consumer.Delivery;
import qc.passerelle.messaging.consumer.DeliveryFailedException;
import qc.passerelle.messaging.consumer.EventDispatcher;

/**
 * Rebuilds every read model from the topics, from offset zero: drops them, then reads each partition of the
 * consumed topics with a consumer of its own (no group, nothing committed) up to the end offsets taken after the
 * drop, through the same dispatcher and projections as the live run. The live consumer goes on meanwhile: what it
 * applies is order-safe and idempotent, and anything it applied before the drop lies below the end offsets, so the
 * rebuild applies it again. While it runs, no alert is raised (the alerts topic brings back those raised before)
 * and no change goes to the live streams; at the end every stream gets one {@code reset}.
 */
@Component
public class Rebuild {

    private static final Logger log = LoggerFactory.getLogger(Rebuild.class);
    /** Well inside the lease (60 s): a long batch does not let it run out. */
    private static final long RENEW_EVERY_NANOS = Duration.ofSeconds(5).toNanos();

    public record Status(String state, Instant startedAt, Instant endedAt, long events, String error) {
    }

    private final EventDispatcher dispatcher;
    private final ReadModels readModels;
    private final Replay replay;
    private final ChangeLog changes;
    private final Clock clock;
    private final String bootstrapServers;
    private final List<String> topics;
    private final int batch;
    private final AtomicReference<Status> status = new AtomicReference<>(new Status("IDLE", null, null, 0, null));

    Rebuild(EventDispatcher dispatcher, ReadModels readModels, Replay replay, ChangeLog changes, Clock clock,
            @Value("${spring.kafka.bootstrap-servers:localhost:9092}") String bootstrapServers,
            @Value("${passerelle.messaging.consumer.topics}") List<String> topics,
            @Value("${passerelle.common-view.rebuild.batch:8000}") int batch) {
        this.dispatcher = dispatcher;
        this.readModels = readModels;
        this.replay = replay;
        this.changes = changes;
        this.clock = clock;
        this.bootstrapServers = bootstrapServers;
        this.topics = List.copyOf(topics);
        this.batch = batch;
    }

    /** The last rebuild of any instance (they share the read models), else this instance's own state. */
    public Status status() {
        Document last = replay.last();
        if (last == null) {
            return status.get();
        }
        java.util.Date started = last.getDate("startedAt");
        java.util.Date ended = last.getDate("endedAt");
        Number events = (Number) last.get("events");
        return new Status(last.getString("state"), started == null ? null : started.toInstant(),
                ended == null ? null : ended.toInstant(), events == null ? 0 : events.longValue(), last.getString("error"));
    }

    /** Starts a rebuild in the background; false if one is running. */
    public boolean start() {
        if (!replay.begin()) {
            return false;
        }
        status.set(new Status("RUNNING", clock.instant(), null, 0, null));
        Thread.ofVirtual().name("common-view-rebuild").start(this::run);
        return true;
    }

    private void run() {
        Instant started = status.get().startedAt();
        try {
            long events = replayAll();
            status.set(new Status("DONE", started, clock.instant(), events, null));
            replay.end("DONE", events, null);
            log.info("rebuilt the read models from {} records", events);
        } catch (RuntimeException | InterruptedException e) {
            status.set(new Status("FAILED", started, clock.instant(), 0, e.toString()));
            replay.end("FAILED", 0, e.toString());
            log.error("rebuild failed", e);
        } finally {
            changes.write(List.of(new Change(Audience.EVERYONE, "reset", "rebuild", new Document("at",
                    java.util.Date.from(clock.instant())))));
        }
    }

    long replayAll() throws InterruptedException {
        readModels.dropAll();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG, "common-view-rebuild-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                // larger batches than the live run's: each per-scope document is written once per batch
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, batch,
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 4 * 1024 * 1024),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(10))) {
                    partitions.add(new TopicPartition(topic, info.partition()));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            long events = 0;
            long renewedAt = System.nanoTime();
            while (!reached(consumer, end)) {
                List<Delivery> deliveries = new ArrayList<>();
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        deliveries.add(delivery(record));
                    }
                }
                dispatch(deliveries);
                events += deliveries.size();
                status.set(new Status("RUNNING", status.get().startedAt(), null, events, null));
                if (System.nanoTime() - renewedAt > RENEW_EVERY_NANOS) {
                    replay.renew(events);
                    renewedAt = System.nanoTime();
                }
            }
            return events;
        }
    }

    /** A passing failure (the store away) is retried from the record that failed, with back-off, like the live run. */
    private void dispatch(List<Delivery> deliveries) throws InterruptedException {
        List<Delivery> remaining = deliveries;
        long backoff = 500;
        while (!remaining.isEmpty()) {
            try {
                dispatcher.dispatch(remaining);
                return;
            } catch (DeliveryFailedException e) {
                log.warn("rebuild: {} failed, again in {} ms", remaining.get(e.index()).where(), backoff, e);
                remaining = remaining.subList(e.index(), remaining.size());
                Thread.sleep(backoff);
                backoff = Math.min(backoff * 2, 30_000);
            }
        }
    }

    private static boolean reached(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static Delivery delivery(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return new Delivery(record.topic(), record.partition(), record.offset(), record.key(), headers, record.value());
    }
}
