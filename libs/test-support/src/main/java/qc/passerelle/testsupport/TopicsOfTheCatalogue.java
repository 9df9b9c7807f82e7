package qc.passerelle.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import qc.passerelle.contracts.Topics;

/**
 * The brokers of the tests, like the real ones, create no topic on their own: a test stands in for the owners of
 * the topics it reads or writes (a consumer is tested on fixtures before its producer exists) and creates them the
 * way the owners would, with their dead-letter topics, every record kept.
 */
public final class TopicsOfTheCatalogue {

    private TopicsOfTheCatalogue() {
    }

    /** On one broker: three partitions, one replica. */
    public static void provision(String bootstrapServers) {
        provision(bootstrapServers, 3, 1, 1);
    }

    /** As the owners provision them in a cluster: their partitions, replicas and in-sync replicas needed for a write. */
    public static void provision(String bootstrapServers, int partitions, int replicationFactor, int minInsyncReplicas) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            Map<String, String> configs = Map.of("retention.ms", "-1", "retention.bytes", "-1",
                    "min.insync.replicas", String.valueOf(minInsyncReplicas));
            List<NewTopic> missing = new ArrayList<>();
            for (String topic : Topics.ALL) {
                if (!existing.contains(topic)) {
                    missing.add(new NewTopic(topic, partitions, (short) replicationFactor).configs(configs));
                }
                if (!existing.contains(Topics.deadLetter(topic))) {
                    missing.add(new NewTopic(Topics.deadLetter(topic), 1, (short) replicationFactor).configs(configs));
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not create the catalogue's topics on " + bootstrapServers, e);
        }
    }
}
