package qc.passerelle.francization.messaging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import qc.passerelle.contracts.agriworkers.WorkerArrived;
import qc.passerelle.contracts.recruiting.EmploymentOfferAccepted;
import qc.passerelle.contracts.students.AdmissionGranted;
import qc.passerelle.francization.reaction.admissions.AdmittedStudents;
import qc.passerelle.francization.reaction.agriworkers.ArrivedWorkers;
import qc.passerelle.francization.reaction.recruiting.JourneesQuebecRecruits;
import qc.passerelle.messaging.consumer.EventHandler;

/** The events of other contexts this service reacts to, and who reacts (the housing copy is a projection bean). */
@Configuration(proxyBeanMethods = false)
class Reactions {

    @Bean
    EventHandler<EmploymentOfferAccepted> employmentOfferAccepted(JourneesQuebecRecruits recruits) {
        return EventHandler.of(EmploymentOfferAccepted.class, recruits::enrol);
    }

    @Bean
    EventHandler<AdmissionGranted> admissionGranted(AdmittedStudents students) {
        return EventHandler.of(AdmissionGranted.class, students::offer);
    }

    @Bean
    EventHandler<WorkerArrived> workerArrived(ArrivedWorkers workers) {
        return EventHandler.of(WorkerArrived.class, workers::offer);
    }
}
