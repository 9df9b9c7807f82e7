package qc.passerelle.students.messaging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import qc.passerelle.messaging.outbox.OutboxCollections;
import qc.passerelle.students.application.StudyApplication;
import qc.passerelle.students.institution.Institution;
import qc.passerelle.students.program.Program;
import qc.passerelle.students.promotion.PromotionEvent;
import qc.passerelle.students.prospect.Prospect;

/** The collections whose documents carry this service's outgoing events: one per aggregate. */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

    @Bean
    OutboxCollections outboxCollections() {
        return OutboxCollections.of(Institution.COLLECTION, Program.COLLECTION, PromotionEvent.COLLECTION,
                Prospect.COLLECTION, StudyApplication.COLLECTION);
    }
}
