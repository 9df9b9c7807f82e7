package qc.passerelle.commonview.worker;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import qc.passerelle.contracts.agriworkers.WorkerArrived;
import qc.passerelle.contracts.agriworkers.WorkerAbsent;
import qc.passerelle.contracts.agriworkers.WorkerDeparted;
import qc.passerelle.contracts.agriworkers.WorkerTransferred;
import qc.passerelle.messaging.consumer.EventHandler;

/** Which agri-workers events move the worker views. */
@Configuration(proxyBeanMethods = false)
class WorkerProjection {

    @Bean
    EventHandler<WorkerArrived> workerArrived(WorkerViews views) {
        return EventHandler.of(WorkerArrived.class, views::arrived);
    }

    @Bean
    EventHandler<WorkerTransferred> workerTransferred(WorkerViews views) {
        return EventHandler.of(WorkerTransferred.class, views::transferred);
    }

    @Bean
    EventHandler<WorkerAbsent> workerAbsent(WorkerViews views) {
        return EventHandler.of(WorkerAbsent.class, views::absent);
    }

    @Bean
    EventHandler<WorkerDeparted> workerDeparted(WorkerViews views) {
        return EventHandler.of(WorkerDeparted.class, views::departed);
    }
}
