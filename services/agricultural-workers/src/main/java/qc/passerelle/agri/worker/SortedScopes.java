package qc.passerelle.agri.worker;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.bson.Document;

/**
 * The sorted entries of the directory's scopes read lately, each kept for a short time and dropped at once when this
 * instance changes its scope. A read that raced with a change is not kept: each scope counts its changes, and entries
 * are kept only if no change came while they were read. At most {@code limit} scopes, the least recently read first out.
 */
final class SortedScopes {

    private record Sorted(List<Document> entries, long readAt) {
    }

    private final long keepNanos;
    private final Map<WorkerDirectory.Scope, Sorted> kept;
    private final Map<WorkerDirectory.Scope, AtomicLong> changes = new ConcurrentHashMap<>();

    SortedScopes(Duration keep, int limit) {
        this.keepNanos = keep.toNanos();
        this.kept = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<WorkerDirectory.Scope, Sorted> eldest) {
                return size() > limit;
            }
        };
    }

    List<Document> get(WorkerDirectory.Scope scope, Supplier<List<Document>> read) {
        long now = System.nanoTime();
        synchronized (kept) {
            Sorted sorted = kept.get(scope);
            if (sorted != null && now - sorted.readAt() < keepNanos) {
                return sorted.entries();
            }
        }
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

    void changed(WorkerDirectory.Scope scope) {
        changes.computeIfAbsent(scope, s -> new AtomicLong()).incrementAndGet();
        synchronized (kept) {
            kept.remove(scope);
        }
    }
}
