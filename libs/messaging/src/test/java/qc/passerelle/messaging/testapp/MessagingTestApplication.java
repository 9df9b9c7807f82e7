package qc.passerelle.messaging.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DuplicateKeyException;
import qc.passerelle.contracts.recruiting.EmployerRegistered;
import qc.passerelle.messaging.consumer.EventHandler;
import qc.passerelle.messaging.outbox.AggregateStore;
import qc.passerelle.messaging.outbox.Outbox;
import qc.passerelle.messaging.outbox.OutboxCollections;

/** A service reduced to what the library does: parcels carry employer events out, a handler reads them back. */
@SpringBootApplication
public class MessagingTestApplication {

    @Bean
    OutboxCollections outboxCollections() {
        return OutboxCollections.of(Parcel.COLLECTION);
    }

    @Bean
    ReceivedEvents receivedEvents() {
        return new ReceivedEvents();
    }

    @Bean
    EventHandler<EmployerRegistered> employerRegistered(ReceivedEvents received) {
        return EventHandler.of(EmployerRegistered.class, received::receive);
    }

    /**
     * A consumer that writes events of its own while it handles one, as common-view raises alerts and francization
     * reacts: an employer named {@value #RELAYED}... makes a parcel {@code <id>-onward} named "Suite".
     */
    @Bean
    EventHandler<EmployerRegistered> onward(AggregateStore store, Outbox outbox) {
        return EventHandler.of(EmployerRegistered.class, (event, envelope) -> {
            if (event.legalName().startsWith(RELAYED)) {
                String id = event.employerId() + "-onward";
                try {
                    store.insert(new Parcel(id, 1, outbox.events(new EmployerRegistered(id, "Suite", event.neq(),
                            event.region(), event.sector())), true), Parcel.COLLECTION);
                } catch (DuplicateKeyException redelivered) {
                    // written when the record was first delivered
                }
            }
        });
    }

    public static final String RELAYED = "Relais";
}
