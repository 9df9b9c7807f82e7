package qc.passerelle.francization;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import qc.passerelle.messaging.MessagingEnvironmentPostProcessor;

/**
 * Replays a topic to the running service as an operator would: stop the service's consumer, move its group's
 * offsets on the topic back to zero, start it again, and wait until it has committed everything up to the end again.
 */
final class ConsumerGroupRewind {

    private static final String BINDING = MessagingEnvironmentPostProcessor.FUNCTION + "-in-0";

    private ConsumerGroupRewind() {
    }

    static void replayFromOffsetZero(BindingsLifecycleController bindings, String bootstrapServers, String group,
                                     String topic, Duration patience) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic)
                    .partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            Map<TopicPartition, Long> ends = admin.listOffsets(partitions.stream()
                            .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest())))
                    .all().get().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
            bindings.stop(BINDING);
            try {
                Map<TopicPartition, OffsetAndMetadata> zero = partitions.stream()
                        .collect(Collectors.toMap(Function.identity(), p -> new OffsetAndMetadata(0)));
                // the group accepts new offsets once the stopped consumer has left it
                await().atMost(patience).ignoreExceptions().until(() -> {
                    admin.alterConsumerGroupOffsets(group, zero).all().get();
                    return true;
                });
            } finally {
                bindings.start(BINDING);
            }
            await().atMost(patience).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get();
                return partitions.stream().allMatch(p -> committed.get(p) != null
                        && committed.get(p).offset() >= ends.get(p));
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not rewind " + group + " on " + topic, e);
        }
    }
}
