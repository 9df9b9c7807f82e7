package qc.passerelle.messaging.consumer;

import qc.passerelle.contracts.MalformedEventException;

/** A handler's own verdict that an event, well-formed as it is, can never be applied: it goes to the dead letters. */
public class EventRejectedException extends MalformedEventException {

    public EventRejectedException(String message) {
        super(message);
    }
}
