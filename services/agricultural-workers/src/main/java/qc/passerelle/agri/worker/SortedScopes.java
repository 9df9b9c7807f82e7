package qc.passerelle.agri.worker;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sorted entries of the directory's scopes read lately. Reading a season's country (thousands of entries) and
 * sorting it took 150 to 250 ms, and garbage enough for a full collection of the service's heap, so:
 * <ul>
 *   <li>this instance's own changes are applied to the kept entries, with the versions' rule of the stored buckets
 *   (a newer entry replaces, a removal takes only an entry no newer than it), instead of dropping them;</li>
 *   <li>entries older than {@code keep} are still answered while one read in the background takes the changes of
 *   other instances; entries older than {@value #STALE_AT_MOST} times {@code keep} are not, and are read again first.</li>
 * </ul>
 * A read that raced with a change is not kept: each scope counts its changes, and a read is kept only if no change came
 * while it ran. At most {@code limit} scopes, the least recently read first out.
 */
final class SortedScopes {

    private static final Logger log = LoggerFactory.getLogger(SortedScopes.class);
    private static final int STALE_AT_MOST = 4;

    private record Sorted(List<Document> entries, long readAt) {
    }

    private final LongSupplier clock;
    private final long keepNanos;
    private final Comparator<Document> order;
    private final Map<WorkerDirectory.Scope, Sorted> kept;
    private final Map<WorkerDirectory.Scope, AtomicLong> changes = new ConcurrentHashMap<>();
    private final Set<WorkerDirectory.Scope> refreshing = ConcurrentHashMap.newKeySet();

    SortedScopes(Duration keep, int limit, Comparator<Document> order) {
        this(keep, limit, order, System::nanoTime);
    }

    SortedScopes(Duration keep, int limit, Comparator<Document> order, LongSupplier clock) {
        this.clock = clock;
        this.keepNanos = keep.toNanos();
        this.order = order;
        this.kept = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<WorkerDirectory.Scope, Sorted> eldest) {
                return size() > limit;
            }
        };
    }

    List<Document> get(WorkerDirectory.Scope scope, Supplier<List<Document>> read) {
        long now = clock.getAsLong();
        Sorted sorted;
        synchronized (kept) {
            sorted = kept.get(scope);
        }
        if (sorted != null && now - sorted.readAt() < keepNanos) {
            return sorted.entries();
        }
        if (sorted != null && now - sorted.readAt() < STALE_AT_MOST * keepNanos) {
            refreshInBackground(scope, read);
            return sorted.entries();
        }
        return readAndKeep(scope, read);
    }

    /**
     * This instance wrote these entries of the scope ({@code upserts}, by worker id) and removed these workers from it
     * ({@code removals}: each up to a version), in the stored buckets, just now.
     */
    void changed(WorkerDirectory.Scope scope, Map<String, Document> upserts, Map<String, Long> removals) {
        changes.computeIfAbsent(scope, s -> new AtomicLong()).incrementAndGet();
        synchronized (kept) {
            Sorted sorted = kept.get(scope);
            if (sorted != null) {
                kept.put(scope, new Sorted(patched(sorted.entries(), upserts, removals), sorted.readAt()));
            }
        }
    }

    private List<Document> readAndKeep(WorkerDirectory.Scope scope, Supplier<List<Document>> read) {
        long now = clock.getAsLong();
        AtomicLong counter = changes.computeIfAbsent(scope, s -> new AtomicLong());
        long before = counter.get();
        List<Document> entries = read.get();
        if (keepNanos > 0) {
            synchronized (kept) {
                if (counter.get() == before) {
                    kept.put(scope, new Sorted(entries, now));
                }
            }
        }
        return entries;
    }

    private void refreshInBackground(WorkerDirectory.Scope scope, Supplier<List<Document>> read) {
        if (refreshing.add(scope)) {
            Thread.ofVirtual().name("directory-refresh").start(() -> {
                try {
                    readAndKeep(scope, read);
                } catch (RuntimeException e) {
                    // the kept entries stay until they are too old; then a list reads them itself, and fails visibly
                    log.warn("could not read the directory of {} again: {}", scope, e.toString());
                } finally {
                    refreshing.remove(scope);
                }
            });
        }
    }

    private List<Document> patched(List<Document> entries, Map<String, Document> upserts, Map<String, Long> removals) {
        Map<String, Document> incoming = new HashMap<>(upserts);
        List<Document> staying = new ArrayList<>(entries.size() + upserts.size());
        for (Document entry : entries) {
            String id = entry.getString("workerId");
            Document written = incoming.get(id);
            if (written != null) {
                if (newer(entry, written) == written) {
                    continue;
                }
                incoming.remove(id);
            }
            if (!removed(entry, removals)) {
                staying.add(entry);
            }
        }
        // a batch changes a few entries of a scope that may hold thousands: each goes in at its place
        incoming.values().stream().filter(entry -> !removed(entry, removals)).forEach(entry -> {
            int at = Collections.binarySearch(staying, entry, order);
            staying.add(at < 0 ? -at - 1 : at, entry);
        });
        return List.copyOf(staying);
    }

    private static boolean removed(Document entry, Map<String, Long> removals) {
        Long upTo = removals.get(entry.getString("workerId"));
        return upTo != null && version(entry) <= upTo;
    }

    /** Of two entries of one worker, the one of the higher version (the first when they are equal). */
    static Document newer(Document one, Document other) {
        return version(other) > version(one) ? other : one;
    }

    private static long version(Document entry) {
        return entry.get("version") instanceof Number version ? version.longValue() : 0;
    }
}
