package qc.passerelle.messaging;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import qc.passerelle.messaging.outbox.RelaySettings;
import qc.passerelle.messaging.topics.TopicProvisioner;

/** {@code passerelle.messaging.*}: the relay's pace, the topics a service owns and the ones it consumes. */
@ConfigurationProperties("passerelle.messaging")
public record MessagingProperties(Relay relay, Consumer consumer, Topics topics) {

    public MessagingProperties {
        relay = relay == null ? new Relay(null, null, null, 0, 0, null, null, null, null) : relay;
        consumer = consumer == null ? new Consumer(List.of(), null, null, null) : consumer;
        topics = topics == null ? new Topics(List.of(), 0, 0, 0) : topics;
    }

    /**
     * {@code lease} must outlive a pass: twice {@code max-block} plus {@code publish-timeout}. {@code scan-interval}
     * is how often aggregates left behind by a crash are looked for; {@code idle-wait} bounds the sleep between turns.
     */
    public record Relay(Duration lease, Duration maxBlock, Duration publishTimeout, int batchSize, int maxRejections,
                        Duration firstBackOff, Duration maxBackOff, Duration scanInterval, Duration idleWait) {
        public Relay {
            lease = lease == null ? Duration.ofSeconds(60) : lease;
            maxBlock = maxBlock == null ? Duration.ofSeconds(2) : maxBlock;
            publishTimeout = publishTimeout == null ? Duration.ofSeconds(10) : publishTimeout;
            batchSize = batchSize <= 0 ? 500 : batchSize;
            maxRejections = maxRejections <= 0 ? 5 : maxRejections;
            firstBackOff = firstBackOff == null ? Duration.ofSeconds(1) : firstBackOff;
            maxBackOff = maxBackOff == null ? Duration.ofSeconds(60) : maxBackOff;
            scanInterval = scanInterval == null ? Duration.ofSeconds(60) : scanInterval;
            idleWait = idleWait == null ? Duration.ofSeconds(1) : idleWait;
        }

        public RelaySettings settings() {
            return new RelaySettings(lease, maxBlock, publishTimeout, batchSize, maxRejections, firstBackOff, maxBackOff);
        }
    }

    /**
     * The topics whose events this service's handlers react to (the consumer group is the application name), and the
     * back-off of passing failures, retried without end.
     */
    public record Consumer(List<String> topics, Duration retryFirst, Duration retryMax, Duration lagInterval) {
        public Consumer {
            topics = topics == null ? List.of() : topics;
            retryFirst = retryFirst == null ? Duration.ofMillis(500) : retryFirst;
            retryMax = retryMax == null ? Duration.ofSeconds(30) : retryMax;
            lagInterval = lagInterval == null ? Duration.ofSeconds(15) : lagInterval;
        }
    }

    /** The topics this service owns and provisions: 1 replica locally; 3 and 2 in a cluster. */
    public record Topics(List<String> owned, int partitions, int replicationFactor, int minInsyncReplicas) {
        public Topics {
            owned = owned == null ? List.of() : owned;
            partitions = partitions <= 0 ? 3 : partitions;
            replicationFactor = replicationFactor <= 0 ? 1 : replicationFactor;
            minInsyncReplicas = minInsyncReplicas <= 0 ? 1 : minInsyncReplicas;
        }

        public TopicProvisioner.Settings settings() {
            return new TopicProvisioner.Settings(partitions, (short) replicationFactor, minInsyncReplicas);
        }
    }
}
