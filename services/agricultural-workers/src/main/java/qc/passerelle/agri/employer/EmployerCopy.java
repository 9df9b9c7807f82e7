package qc.passerelle.agri.employer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import qc.passerelle.contracts.recruiting.EmployerRegistered;
import qc.passerelle.messaging.consumer.EventHandler;

@Configuration(proxyBeanMethods = false)
class EmployerCopy {

    @Bean
    EventHandler<EmployerRegistered> employerRegistered(KnownEmployers employers) {
        return EventHandler.of(EmployerRegistered.class, employers::registered);
    }
}
