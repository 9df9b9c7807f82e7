package qc.passerelle.messaging.testapp;

import java.util.List;
import org.springframework.data.annotation.Id;
import qc.passerelle.messaging.outbox.PendingEvent;

/** An aggregate of the test application: its state is its events. */
public record Parcel(@Id String id, long version, List<PendingEvent> outbox, boolean outboxPending) {

    public static final String COLLECTION = "parcels";
}
