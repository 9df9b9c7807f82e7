package qc.passerelle.messaging;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code passerelle.messaging.*}: the relay's pace and the topics a service consumes. */
@ConfigurationProperties("passerelle.messaging")
public record MessagingProperties(Relay relay, Consumer consumer) {

    public MessagingProperties {
        relay = relay == null ? new Relay(null, null, null, 0) : relay;
        consumer = consumer == null ? new Consumer(List.of()) : consumer;
    }

    public record Relay(Duration pollInterval, Duration lease, Duration publishTimeout, int batchSize) {
        public Relay {
            pollInterval = pollInterval == null ? Duration.ofMillis(200) : pollInterval;
            lease = lease == null ? Duration.ofSeconds(30) : lease;
            publishTimeout = publishTimeout == null ? Duration.ofSeconds(15) : publishTimeout;
            batchSize = batchSize <= 0 ? 200 : batchSize;
        }
    }

    /** The topics whose events this service's handlers react to; the binding's group is the application name. */
    public record Consumer(List<String> topics) {
        public Consumer {
            topics = topics == null ? List.of() : topics;
        }
    }
}
