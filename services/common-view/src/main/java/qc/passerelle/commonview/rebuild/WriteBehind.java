package qc.passerelle.commonview.rebuild;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.bson.Document;
import qc.passerelle.commonview.readmodel.ViewTarget;

/**
 * The scratch store written behind, on a thread of its own, while a rebuild's replay builds the next batch's writes:
 * applying them to the documents was more than half of the replay, building them the rest, and neither needs the
 * other until something is read. The writes are applied one after the other in the order given, as the store would;
 * a read waits until every write given before it is applied, so it reads what it would have read at once. What a
 * projection reads is the store's own documents (for reading only, {@link MemoryViews#byIds}): a projection reads
 * them before it writes again, never after, as every projection of this service does (its reads come first in a
 * batch, its writes go out at its end). A write that failed fails every call after it: the scratch store is in
 * memory, so nothing passing could have failed, and the rebuild stops ({@link ScratchStoreFailed}).
 * One rebuild's, used by one thread, with one more of its own.
 */
final class WriteBehind implements ViewTarget, AutoCloseable {

    /** Writes queued at most: a batch's worth of each read model, so that the queue holds little of the heap. */
    private static final int QUEUED = 16;

    /** The scratch store failed to apply a write; the rebuild cannot go on. */
    static final class ScratchStoreFailed extends RuntimeException {
        ScratchStoreFailed(Throwable cause) {
            super("the rebuild's scratch store failed to apply a write", cause);
        }
    }

    private final ViewTarget store;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("common-view-rebuild-store").daemon().factory());
    private final Semaphore room = new Semaphore(QUEUED);
    private Future<?> last;
    private volatile Throwable failed;

    WriteBehind(ViewTarget store) {
        this.store = store;
    }

    @Override
    public void upsert(String collection, Map<String, List<Document>> updatesById) {
        check();
        room.acquireUninterruptibly();
        last = writer.submit(() -> {
            try {
                if (failed == null) {
                    store.upsert(collection, updatesById);
                }
            } catch (Throwable e) {
                failed = e;
            } finally {
                room.release();
            }
        });
    }

    @Override
    public Map<String, Document> byIds(String collection, Collection<String> ids) {
        drain();
        return store.byIds(collection, ids);
    }

    /** Waits until every write given is applied. */
    void drain() {
        if (last != null) {
            try {
                last.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ScratchStoreFailed(e);
            } catch (ExecutionException e) {
                throw new ScratchStoreFailed(e.getCause());
            }
            last = null;
        }
        check();
    }

    private void check() {
        if (failed != null) {
            throw new ScratchStoreFailed(failed);
        }
    }

    @Override
    public void close() {
        writer.shutdownNow();
    }
}
