package qc.passerelle.messaging.outbox;

/**
 * Told when a command has durably written events into an aggregate document, so the relay publishes them at once
 * instead of finding them on its next scan.
 */
@FunctionalInterface
public interface OutboxSignal {

    OutboxSignal NONE = (collection, id) -> { };

    void written(String collection, Object id);
}
