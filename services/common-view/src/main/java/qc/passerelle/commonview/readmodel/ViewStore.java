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

    public ViewStore(MongoTemplate mongo) {
        this.live = ViewTarget.of(mongo);
    }

    /** The read models of the current thread's batch. */
    public ViewTarget target() {
        ViewTarget scratch = bound.get();
        return scratch == null ? live : scratch;
    }

    /** Runs {@code work} with the projections of this thread reading and writing {@code scratch}. */
    public <T> T into(ViewTarget scratch, Callable<T> work) throws Exception {
        ViewTarget before = bound.get();
        bound.set(scratch);
        try {
            return work.call();
        } finally {
            if (before == null) {
                bound.remove();
            } else {
                bound.set(before);
            }
        }
    }
}
