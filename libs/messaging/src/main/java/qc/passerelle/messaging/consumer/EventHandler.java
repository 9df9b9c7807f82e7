package qc.passerelle.messaging.consumer;

import java.util.function.BiConsumer;
import qc.passerelle.contracts.EventEnvelope;
import qc.passerelle.contracts.MobilityEvent;

/**
 * Reacts to one type of event. The dispatcher calls it at most once per event and consumer group; the one case it
 * can see an event again is a crash between its write and the dispatcher's record of the event, so a handler must
 * give the same result when the latest event is applied twice (set state, or update on a condition; never a bare
 * increment).
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
