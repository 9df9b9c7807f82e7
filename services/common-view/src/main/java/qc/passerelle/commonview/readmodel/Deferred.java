package qc.passerelle.commonview.readmodel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What a rebuild's replay leaves to its end: the derivations of the projections that read their views back (a
 * worker's view into its country's, employers' and units' entries, ...). Each is a function of its source views'
 * current state, written with {@code $max} on their version, so deriving it once from the views as the whole replay
 * leaves them ends in the documents that deriving it after every batch would, and a source touched by every batch
 * (each worker, a season's replay in many batches) is derived once, not once per batch (ADR 0019).
 * One replay's, on one thread.
 */
public final class Deferred {

    private record Pending<S>(S state, Consumer<S> atEnd) {

        void finish() {
            atEnd.accept(state);
        }
    }

    private final Map<Object, Pending<?>> pending = new LinkedHashMap<>();

    /**
     * The state {@code owner} gathers over the replay (created at its first batch), and what it does with it at the
     * end; the owners finish in the order of their first batch.
     */
    @SuppressWarnings("unchecked")
    public <S> S state(Object owner, Supplier<S> create, Consumer<S> finish) {
        return (S) pending.computeIfAbsent(owner, o -> new Pending<>(create.get(), finish)).state();
    }

    /** Runs what was left, once. */
    public void finish() {
        List<Pending<?>> all = new ArrayList<>(pending.values());
        pending.clear();
        all.forEach(Pending::finish);
    }
}
