package qc.passerelle.commonview.messaging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import qc.passerelle.commonview.alert.AlertSource;
import qc.passerelle.messaging.outbox.OutboxCollections;

/**
 * The one collection whose documents carry common-view's outgoing events: the alerts, each in the outbox of its
 * subject's {@link AlertSource} (a unit, a worker or a report), published on {@code mobility.alerts.v1} by the relay.
 */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

    @Bean
    OutboxCollections outboxCollections() {
        return OutboxCollections.of(AlertSource.COLLECTION);
    }
}
