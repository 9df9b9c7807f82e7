package qc.passerelle.commonview.readmodel;

import java.util.concurrent.Callable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Where the projections read and write the read models: the service's store, except on a thread that a rebuild has
 * bound to its scratch store in memory ({@link #into}). The projections ask for it once per batch, so one code path
 * serves the live run and the rebuild, and the live consumer, on its own thread, keeps writing to the real store.
 */
@Component
public class ViewStore {

    private final ViewTarget live;
    private final ThreadLocal<ViewTarget> bound = new ThreadLocal<>();
    private final ThreadLocal<Deferred> deferred = new ThreadLocal<>();

    public ViewStore(MongoTemplate mongo) {
        this.live = ViewTarget.of(mongo);
    }

    /** The read models of the current thread's batch. */
    public ViewTarget target() {
        ViewTarget scratch = bound.get();
        return scratch == null ? live : scratch;
    }

    /**
     * Where the projections of this thread's batch leave their derivations until the end of a rebuild's replay
     * ({@link #into}); null otherwise, when they derive after each batch.
     */
    public Deferred deferred() {
        return deferred.get();
    }

    /**
     * Runs {@code work} with the projections of this thread reading and writing {@code scratch}, then what they left
     * to the end ({@link Deferred}), still on {@code scratch}.
     */
    public <T> T into(ViewTarget scratch, Callable<T> work) throws Exception {
        ViewTarget before = bound.get();
        bound.set(scratch);
        Deferred left = new Deferred();
        deferred.set(left);
        try {
            T result = work.call();
            deferred.remove();
            left.finish();
            return result;
        } finally {
            deferred.remove();
            if (before == null) {
                bound.remove();
            } else {
                bound.set(before);
            }
        }
    }
}
