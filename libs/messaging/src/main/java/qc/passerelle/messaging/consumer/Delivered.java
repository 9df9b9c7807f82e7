package qc.passerelle.messaging.consumer;

import qc.passerelle.contracts.EventEnvelope;
import qc.passerelle.contracts.MobilityEvent;

/** A decoded event with its envelope (id, sequence, time), as handlers receive it. */
public record Delivered<T extends MobilityEvent>(T event, EventEnvelope envelope) {

    public long sequence() {
        return envelope.sequence();
    }

    public String aggregateId() {
        return envelope.subject();
    }
}
