package qc.passerelle.recruiting.messaging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import qc.passerelle.messaging.outbox.OutboxCollections;
import qc.passerelle.recruiting.application.Application;
import qc.passerelle.recruiting.employer.Employer;
import qc.passerelle.recruiting.immigration.ImmigrationFile;
import qc.passerelle.recruiting.joboffer.JobOffer;
import qc.passerelle.recruiting.mission.Mission;
import qc.passerelle.recruiting.offer.EmploymentOffer;

/**
 * The collections whose documents carry this service's outgoing events. Candidates are not among them: the catalogue
 * has no candidate event, so a profile (personal data) never leaves this service except through an application.
 */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

    @Bean
    OutboxCollections outboxCollections() {
        return OutboxCollections.of(Employer.COLLECTION, JobOffer.COLLECTION, Mission.COLLECTION, Application.COLLECTION,
                EmploymentOffer.COLLECTION, ImmigrationFile.COLLECTION);
    }
}
