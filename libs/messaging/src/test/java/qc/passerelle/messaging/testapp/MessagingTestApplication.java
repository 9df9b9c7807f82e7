package qc.passerelle.messaging.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import qc.passerelle.contracts.recruiting.EmployerRegistered;
import qc.passerelle.messaging.consumer.EventHandler;
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
}
