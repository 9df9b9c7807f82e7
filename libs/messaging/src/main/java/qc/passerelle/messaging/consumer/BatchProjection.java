package qc.passerelle.messaging.consumer;

import java.util.List;
import java.util.Set;
import qc.passerelle.contracts.MobilityEvent;

/**
 * A read model fed in batches: it receives, in topic order, every event of its types from a run of records, and
 * writes them with as few round trips as it can. Same rule as {@link EventHandler}: any order of the same events,
 * and any repetition, must end in the same state.
 */
public interface BatchProjection {

    /** The types it projects; asked once, when the dispatcher is made. */
    Set<Class<? extends MobilityEvent>> eventTypes();

    void apply(List<Delivered<?>> events);
}
