package qc.passerelle.francization.messaging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import qc.passerelle.francization.enrolment.Enrolment;
import qc.passerelle.messaging.outbox.OutboxCollections;

/**
 * The collections whose documents carry this service's outgoing events: every francization event is about an
 * enrolment (scholarships included, whose subject is the enrolment).
 */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

    @Bean
    OutboxCollections outboxCollections() {
        return OutboxCollections.of(Enrolment.COLLECTION);
    }
}
