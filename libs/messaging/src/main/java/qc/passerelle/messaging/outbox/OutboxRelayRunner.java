package qc.passerelle.messaging.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the relay on its own thread. Commands tell it which aggregate they wrote ({@link OutboxSignal}), so its cost
 * follows the events to publish, not the documents stored; failed aggregates come back at their own back-off time;
 * a scan at start-up and on a slow timer picks up what a crash (of this instance or another) left behind.
 */
public class OutboxRelayRunner implements SmartLifecycle, OutboxSignal {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelayRunner.class);
    private static final Duration STORE_DOWN_PAUSE = Duration.ofSeconds(2);
    private static final Duration BROKER_OPEN_PAUSE = Duration.ofSeconds(1);

    private final OutboxRelay relay;
    private final OutboxScan scan;
    private final OutboxBacklog backlog;
    private final Clock clock;
    private final Duration scanInterval;
    private final Duration idleWait;
    private final int batchSize;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private final LinkedHashSet<AggregateRef> ready = new LinkedHashSet<>();
    private final Map<AggregateRef, Instant> later = new HashMap<>();
    private volatile boolean running;
    private Thread thread;
    private Instant nextScan = Instant.MIN;

    public OutboxRelayRunner(OutboxRelay relay, OutboxScan scan, OutboxBacklog backlog, Clock clock,
                             Duration scanInterval, Duration idleWait, int batchSize) {
        this.relay = relay;
        this.scan = scan;
        this.backlog = backlog;
        this.clock = clock;
        this.scanInterval = scanInterval;
        this.idleWait = idleWait;
        this.batchSize = batchSize;
    }

    @Override
    public void written(String collection, Object id) {
        AggregateRef ref = new AggregateRef(collection, id);
        backlog.waiting(ref, null);
        lock.lock();
        try {
            ready.add(ref);
            work.signal();
        } finally {
            lock.unlock();
        }
    }

    /** Forces a scan on the next turn: after MIFI un-parks aggregates, or in tests. */
    public void rescan() {
        lock.lock();
        try {
            nextScan = Instant.MIN;
            work.signal();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public synchronized void start() {
        scan.createIndexes();
        running = true;
        thread = Thread.ofPlatform().name("outbox-relay").daemon().start(this::loop);
    }

    private void loop() {
        while (running) {
            try {
                turn();
            } catch (RuntimeException e) {
                log.warn("outbox relay turn failed, will try again: {}", e.toString());
                pause(STORE_DOWN_PAUSE);
            }
        }
    }

    private void turn() {
        if (!clock.instant().isBefore(nextScan)) {
            recover();
        }
        List<AggregateRef> batch = take();
        if (batch.isEmpty()) {
            awaitWork();
            return;
        }
        if (!relay.brokerMayBeTried()) {
            retryLater(batch, BROKER_OPEN_PAUSE);
            return;
        }
        List<OutboxRelay.Result> results;
        try {
            results = relay.relay(batch);
        } catch (RuntimeException storeFailure) {
            retryLater(batch, STORE_DOWN_PAUSE);
            throw storeFailure;
        }
        for (OutboxRelay.Result result : results) {
            settle(result);
        }
    }

    private void settle(OutboxRelay.Result result) {
        backlog.published(result.published());
        if (result.parked()) {
            backlog.parkedOne(result.ref());
        } else if (result.retryAt() != null) {
            lock.lock();
            try {
                later.merge(result.ref(), result.retryAt(), (a, b) -> a.isBefore(b) ? a : b);
            } finally {
                lock.unlock();
            }
        } else {
            lock.lock();
            try {
                // a command may have appended events while this pass ran: it is then back in the queue
                if (!ready.contains(result.ref()) && !later.containsKey(result.ref())) {
                    backlog.done(result.ref());
                }
            } finally {
                lock.unlock();
            }
        }
    }

    private void recover() {
        nextScan = clock.instant().plus(scanInterval);
        List<OutboxScan.Found> found = scan.pending();
        Instant now = clock.instant();
        long parked = 0;
        lock.lock();
        try {
            for (OutboxScan.Found f : found) {
                if (f.parked()) {
                    parked++;
                    backlog.done(f.ref());
                    continue;
                }
                backlog.waiting(f.ref(), f.oldestEvent());
                if (f.nextAttemptAt() != null && f.nextAttemptAt().isAfter(now)) {
                    later.merge(f.ref(), f.nextAttemptAt(), (a, b) -> a.isBefore(b) ? a : b);
                } else {
                    ready.add(f.ref());
                }
            }
        } finally {
            lock.unlock();
        }
        backlog.parked(parked);
        if (!found.isEmpty()) {
            log.info("outbox relay: found {} aggregate(s) with pending events ({} parked)", found.size(), parked);
        }
    }

    private List<AggregateRef> take() {
        lock.lock();
        try {
            Instant now = clock.instant();
            for (Iterator<Map.Entry<AggregateRef, Instant>> it = later.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<AggregateRef, Instant> due = it.next();
                if (!due.getValue().isAfter(now)) {
                    ready.add(due.getKey());
                    it.remove();
                }
            }
            List<AggregateRef> batch = new ArrayList<>(Math.min(batchSize, ready.size()));
            for (Iterator<AggregateRef> it = ready.iterator(); it.hasNext() && batch.size() < batchSize; ) {
                batch.add(it.next());
                it.remove();
            }
            return batch;
        } finally {
            lock.unlock();
        }
    }

    private void retryLater(List<AggregateRef> batch, Duration pause) {
        Instant at = clock.instant().plus(pause);
        lock.lock();
        try {
            batch.forEach(ref -> later.merge(ref, at, (a, b) -> a.isBefore(b) ? a : b));
        } finally {
            lock.unlock();
        }
    }

    private void awaitWork() {
        lock.lock();
        try {
            if (!ready.isEmpty() || !running) {
                return;
            }
            Instant now = clock.instant();
            Instant wakeAt = now.plus(idleWait);
            for (Instant due : later.values()) {
                if (due.isBefore(wakeAt)) {
                    wakeAt = due;
                }
            }
            if (nextScan.isBefore(wakeAt)) {
                wakeAt = nextScan;
            }
            long millis = Math.max(1, Duration.between(now, wakeAt).toMillis());
            work.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    private void pause(Duration duration) {
        lock.lock();
        try {
            if (running) {
                work.await(duration.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        lock.lock();
        try {
            work.signalAll();
        } finally {
            lock.unlock();
        }
        if (thread != null) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(15));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }

    /** After the consumers and web server stop, before the producer closes. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 100;
    }
}
