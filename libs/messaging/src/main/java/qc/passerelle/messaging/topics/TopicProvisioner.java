package qc.passerelle.messaging.topics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import qc.passerelle.contracts.Topics;

/**
 * A service provisions the topics it owns, never leaving it to the broker's auto-creation (whose retention would
 * expire events, and with them the ability to rebuild a view from offset zero): its event topic with the configured
 * partitions, replication factor and {@code min.insync.replicas}, and its dead-letter topic; both keep their records
 * forever. A topic that exists already gets the retention and ISR settings it should have.
 */
public class TopicProvisioner {

    private static final Logger log = LoggerFactory.getLogger(TopicProvisioner.class);

    public record Settings(int partitions, short replicationFactor, int minInsyncReplicas) {
    }

    private final Admin admin;
    private final Settings settings;

    public TopicProvisioner(Admin admin, Settings settings) {
        this.admin = admin;
        this.settings = settings;
    }

    /** The event topics and their dead-letter topics, as they must be. */
    public List<NewTopic> wanted(Collection<String> owned) {
        List<NewTopic> topics = new ArrayList<>();
        for (String topic : owned) {
            topics.add(new NewTopic(topic, settings.partitions(), settings.replicationFactor()).configs(configs()));
            topics.add(new NewTopic(Topics.deadLetter(topic), 1, settings.replicationFactor()).configs(configs()));
        }
        return topics;
    }

    public Map<String, String> configs() {
        Map<String, String> configs = new HashMap<>();
        configs.put(TopicConfig.RETENTION_MS_CONFIG, "-1");
        configs.put(TopicConfig.RETENTION_BYTES_CONFIG, "-1");
        configs.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);
        configs.put(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(settings.minInsyncReplicas()));
        return configs;
    }

    /** Creates what is missing and corrects the settings of what exists; throws if the broker cannot be reached. */
    public void provision(Collection<String> owned, Duration timeout) throws ExecutionException, InterruptedException,
            java.util.concurrent.TimeoutException {
        List<NewTopic> wanted = wanted(owned);
        Set<String> existing = admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        List<NewTopic> missing = wanted.stream().filter(t -> !existing.contains(t.name())).toList();
        if (!missing.isEmpty()) {
            try {
                admin.createTopics(missing).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                log.info("created topics {}", missing.stream().map(NewTopic::name).toList());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
        Map<ConfigResource, Collection<AlterConfigOp>> corrections = new HashMap<>();
        for (NewTopic topic : wanted) {
            List<AlterConfigOp> ops = topic.configs().entrySet().stream()
                    .map(c -> new AlterConfigOp(new ConfigEntry(c.getKey(), c.getValue()), AlterConfigOp.OpType.SET))
                    .toList();
            corrections.put(new ConfigResource(ConfigResource.Type.TOPIC, topic.name()), ops);
        }
        Map<ConfigResource, Config> current = admin.describeConfigs(corrections.keySet()).all()
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        corrections.entrySet().removeIf(c -> c.getValue().stream().allMatch(op -> {
            ConfigEntry now = current.get(c.getKey()).get(op.configEntry().name());
            return now != null && op.configEntry().value().equals(now.value());
        }));
        if (!corrections.isEmpty()) {
            admin.incrementalAlterConfigs(corrections).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            log.info("corrected the settings of topics {}", corrections.keySet().stream().map(ConfigResource::name).toList());
        }
    }
}
