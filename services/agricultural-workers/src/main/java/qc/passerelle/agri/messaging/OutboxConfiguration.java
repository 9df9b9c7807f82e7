package qc.passerelle.agri.messaging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import qc.passerelle.agri.worker.Worker;
import qc.passerelle.agri.housing.HousingUnitRepository;
import qc.passerelle.agri.labour.LabourRequest;
import qc.passerelle.agri.report.ConditionReport;
import qc.passerelle.messaging.outbox.OutboxCollections;

/** The collections whose documents carry this service's outgoing events. */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

    @Bean
    OutboxCollections outboxCollections() {
        return OutboxCollections.of(Worker.COLLECTION, HousingUnitRepository.COLLECTION, LabourRequest.COLLECTION,
                ConditionReport.COLLECTION);
    }
}
