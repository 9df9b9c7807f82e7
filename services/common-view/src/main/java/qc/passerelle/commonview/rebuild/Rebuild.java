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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import qc.passerelle.commonview.change.Audience;
import qc.passerelle.commonview.change.Change;
import qc.passerelle.commonview.change.ChangeLog;
import qc.passerelle.commonview.readmodel.ReadModels;
import qc.passerelle.commonview.readmodel.Replay;
import qc.passerelle.commonview.readmodel.ViewStore;
import qc.passerelle.messaging.consumer.Delivery;
import qc.passerelle.messaging.consumer.DeliveryFailedException;
import qc.passerelle.messaging.consumer.EventDispatcher;

/**
 * Rebuilds every read model from the topics, from offset zero, in three steps:
 * <ol>
 *   <li><b>fold</b>: the end offsets are taken, and every partition of the consumed topics is read up to them by
 *       one consumer assigned them all (no group, nothing committed), each batch decoded on a thread of its own
 *       while the one before it is applied, through the same dispatcher and projections as the live run, bound on
 *       this thread to a scratch store in memory ({@link ViewStore}) that applies their writes on a third
 *       ({@link WriteBehind}): the
 *       per-scope documents that every batch rewrites are rewritten there, never in the store; what the projections
 *       derive from the views they read back is derived once, at the end of the replay
 *       ({@link qc.passerelle.commonview.readmodel.Deferred});</li>
 *   <li><b>copy</b>: each read model is emptied and its final documents inserted in large batches, one write per
 *       document ({@link ReadModelCopy});</li>
 *   <li><b>tail</b>: what was published since the end offsets of the fold is applied through the live path, to the
 *       store itself.</li>
 * </ol>
 * The live consumer goes on meanwhile, on the store: until the copy its writes land in the old read models and are
 * replaced, after it in the new ones; anything it applied is either below the fold's end offsets (in the rebuilt
 * documents) or above them (applied again by the tail), and what the projections write is order-safe and idempotent.
 * While it runs, no alert is raised (the alerts topic brings back those raised before) and no change goes to the
 * live streams; at the end every stream gets one {@code reset}. A passing failure of the store is retried with
 * back-off at every step.
 */
@Component
public class Rebuild {

    private static final Logger log = LoggerFactory.getLogger(Rebuild.class);
    /** Well inside the lease (60 s): a long batch does not let it run out. */
    private static final long RENEW_EVERY_NANOS = Duration.ofSeconds(5).toNanos();
    /**
     * The share of the heap in use after a collection above which the fold keeps its documents as bytes: the service
     * goes on serving beside it, and the batch in flight needs room too.
     */
    private static final double HEAP_SHORT = 0.6;

    public record Status(String state, Instant startedAt, Instant endedAt, long events, String error, String phase) {

        public Status(String state, Instant startedAt, Instant endedAt, long events, String error) {
            this(state, startedAt, endedAt, events, error, null);
        }
    }

    static final String FOLD = "FOLD";
    static final String COPY = "COPY";
    static final String TAIL = "TAIL";

    private final EventDispatcher dispatcher;
    private final ReadModels readModels;
    private final ViewStore store;
    private final MongoTemplate live;
    private final Replay replay;
    private final ChangeLog changes;
    private final Clock clock;
    private final String bootstrapServers;
    private final List<String> topics;
    private final int batch;
    private final int foldBatch;
    private final int copyBatch;
    private final int copyWriters;
    private final AtomicReference<Status> status = new AtomicReference<>(new Status("IDLE", null, null, 0, null));
    private long renewedAt;

    Rebuild(EventDispatcher dispatcher, ReadModels readModels, ViewStore store, MongoTemplate live, Replay replay,
            ChangeLog changes, Clock clock,
            @Value("${spring.kafka.bootstrap-servers:localhost:9092}") String bootstrapServers,
            @Value("${passerelle.messaging.consumer.topics}") List<String> topics,
            @Value("${passerelle.common-view.rebuild.batch:8000}") int batch,
            @Value("${passerelle.common-view.rebuild.fold-batch:8000}") int foldBatch,
            @Value("${passerelle.common-view.rebuild.copy-batch:1000}") int copyBatch,
            @Value("${passerelle.common-view.rebuild.copy-writers:2}") int copyWriters) {
        this.dispatcher = dispatcher;
        this.readModels = readModels;
        this.store = store;
        this.live = live;
        this.replay = replay;
        this.changes = changes;
        this.clock = clock;
        this.bootstrapServers = bootstrapServers;
        this.topics = List.copyOf(topics);
        this.batch = batch;
        this.foldBatch = Math.max(batch, foldBatch);
        this.copyBatch = copyBatch;
        this.copyWriters = copyWriters;
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
                ended == null ? null : ended.toInstant(), events == null ? 0 : events.longValue(), last.getString("error"),
                last.getString("phase"));
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
        } catch (Exception e) {
            status.set(new Status("FAILED", started, clock.instant(), 0, e.toString()));
            replay.end("FAILED", 0, e.toString());
            log.error("rebuild failed", e);
        } finally {
            changes.write(List.of(new Change(Audience.EVERYONE, "reset", "rebuild", new Document("at",
                    java.util.Date.from(clock.instant())))));
        }
    }

    long replayAll() throws Exception {
        renewedAt = System.nanoTime();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG, "common-view-rebuild-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
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
            long events = foldAndCopy(consumer, end);
            // what was published during the fold and the copy, through the live path into the rebuilt documents
            long tailStart = System.nanoTime();
            end.forEach(consumer::seek); // what a poll of the fold fetched past its end offsets was left out there
            Map<TopicPartition, Long> now = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            long tail = read(consumer, now, batch, events, TAIL) - events;
            log.info("rebuild: {} records of the tail applied in {} s", tail, seconds(System.nanoTime() - tailStart));
            return events + tail;
        }
    }

    /** The replay up to {@code end} folded in memory, then written to the store; answers the records replayed. */
    private long foldAndCopy(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end) throws Exception {
        long foldStart = System.nanoTime();
        long[] derivationsStart = new long[1];
        long events;
        MemoryViews scratch;
        try (HeapShort heapShort = HeapShort.above(HEAP_SHORT)) {
            scratch = new MemoryViews(live.getConverter(), heapShort);
            // batches of the poll's size: the next one is decoded on another thread while this one is applied, the
            // writes it makes are applied to the scratch store on a third, and the derivations that once made large
            // batches pay are left to the end of the replay
            try (WriteBehind writeBehind = new WriteBehind(scratch)) {
                events = store.into(writeBehind, () -> {
                    long read;
                    try (ExecutorService decoder = Executors.newSingleThreadExecutor(
                            Thread.ofPlatform().name("common-view-rebuild-decode").daemon().factory())) {
                        read = read(consumer, end, foldBatch, 0, FOLD, decoder);
                    }
                    writeBehind.drain();
                    derivationsStart[0] = System.nanoTime(); // what the projections left to the end of the replay follows
                    return read;
                });
                writeBehind.drain();
            }
        }
        long copyStart = System.nanoTime();
        long size = scratch.size();
        progress(events, COPY);
        long documents = new ReadModelCopy(live, readModels, copyBatch, copyWriters).copy(scratch, new ReadModelCopy.Retrying() {
            @Override
            public void retrying(String what, ReadModelCopy.Step step) throws InterruptedException {
                Rebuild.this.retrying(what, step);
            }

            @Override
            public void progress(long written) {
                renewEvery(status.get().events(), COPY);
            }
        });
        log.info("rebuild: {} records folded in memory in {} s (replayed in {} s, derived in {} s; {} documents, set down "
                + "as bytes {} times for want of heap), {} documents written in {} s", events, seconds(copyStart - foldStart),
                seconds(derivationsStart[0] - foldStart), seconds(copyStart - derivationsStart[0]), size,
                scratch.setDownCount(), documents, seconds(System.nanoTime() - copyStart));
        return events;
    }

    /** Reads up to {@code end}, dispatching batches of up to {@code size} records; answers the records counted. */
    private long read(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end, int size, long events,
                      String phase) throws InterruptedException {
        return read(consumer, end, size, events, phase, Runnable::run);
    }

    /**
     * As above, each batch decoded by {@code decoder} while the one before it is applied on this thread (the
     * consumer is polled here only): decoding was a third of the replay, and it needs nothing the projections write.
     */
    private long read(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end, int size, long events,
                      String phase, Executor decoder) throws InterruptedException {
        progress(events, phase);
        List<Delivery> deliveries = new ArrayList<>();
        CompletableFuture<EventDispatcher.Prepared> ahead = null;
        while (!reached(consumer, end)) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                    deliveries.add(delivery(record));
                }
            }
            if (deliveries.size() >= size || reached(consumer, end)) {
                List<Delivery> batch = deliveries;
                var next = CompletableFuture.supplyAsync(() -> dispatcher.prepare(batch), decoder);
                if (ahead != null) {
                    events = dispatched(ahead, events, phase);
                }
                ahead = next;
                deliveries = new ArrayList<>();
            }
        }
        return ahead == null ? events : dispatched(ahead, events, phase);
    }

    private long dispatched(CompletableFuture<EventDispatcher.Prepared> decoding, long events,
                            String phase) throws InterruptedException {
        EventDispatcher.Prepared batch;
        try {
            batch = decoding.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        }
        dispatch(batch);
        events += batch.size();
        progress(events, phase);
        return events;
    }

    private void progress(long events, String phase) {
        boolean next = !phase.equals(status.get().phase());
        status.set(new Status("RUNNING", status.get().startedAt(), null, events, null, phase));
        if (next) {
            renewedAt = System.nanoTime() - RENEW_EVERY_NANOS - 1; // a new step is told at once
        }
        renewEvery(events, phase);
    }

    /** The lease renewed every few seconds; a store away for a moment only delays it (the write is retried). */
    private synchronized void renewEvery(long events, String phase) {
        if (System.nanoTime() - renewedAt > RENEW_EVERY_NANOS) {
            try {
                replay.renew(events, phase);
                renewedAt = System.nanoTime();
            } catch (RuntimeException e) {
                log.warn("rebuild: could not renew the lease, again shortly", e);
            }
        }
    }

    /** A write of the copy, retried with back-off after a passing failure, like the dispatch. */
    private void retrying(String what, ReadModelCopy.Step step) throws InterruptedException {
        long backoff = 500;
        while (true) {
            try {
                step.run();
                return;
            } catch (RuntimeException e) {
                log.warn("rebuild: {} failed, again in {} ms", what, backoff, e);
                Thread.sleep(backoff);
                backoff = Math.min(backoff * 2, 30_000);
                renewEvery(status.get().events(), status.get().phase());
            }
        }
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e9);
    }

    /** A passing failure (the store away) is retried from the record that failed, with back-off, like the live run. */
    private void dispatch(EventDispatcher.Prepared batch) throws InterruptedException {
        EventDispatcher.Prepared remaining = batch;
        long backoff = 500;
        while (remaining.size() > 0) {
            try {
                dispatcher.dispatch(remaining);
                return;
            } catch (DeliveryFailedException e) {
                if (e.getCause() instanceof WriteBehind.ScratchStoreFailed failed) {
                    throw failed; // nothing passing: the same write would fail again
                }
                log.warn("rebuild: {} failed, again in {} ms", remaining.where(e.index()), backoff, e);
                remaining = remaining.from(e.index());
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
