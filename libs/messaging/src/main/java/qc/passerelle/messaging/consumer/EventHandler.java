package qc.passerelle.messaging.consumer;

import java.util.function.BiConsumer;
import qc.passerelle.contracts.EventEnvelope;
import qc.passerelle.contracts.MobilityEvent;

/**
 * Reacts to one type of event. A handler sees an event again after a redelivery, a replay or a rebuild, and may see
 * an older event after a newer one (a dead letter replayed late): it must leave the same state whatever the order,
 * for instance by applying an aggregate's event only above the sequence it last applied ({@link ProjectionWrites}),
 * or by creating what it creates under an id derived from the event. Throwing {@link EventRejectedException} says
 * the event can never be applied; any other exception is taken for a passing failure and retried.
 */
public interface EventHandler<T extends MobilityEvent> {

    Class<T> eventType();

    void handle(T event, EventEnvelope envelope);

    static <T extends MobilityEvent> EventHandler<T> of(Class<T> type, BiConsumer<T, EventEnvelope> handler) {
        return new EventHandler<>() {
            @Override
            public Class<T> eventType() {
                return type;
            }

            @Override
            public void handle(T event, EventEnvelope envelope) {
                handler.accept(event, envelope);
            }
        };
    }
}
