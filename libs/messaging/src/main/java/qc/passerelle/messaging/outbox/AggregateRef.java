package qc.passerelle.messaging.outbox;

/** One aggregate document that may carry pending events. */
public record AggregateRef(String collection, Object id) {
}
