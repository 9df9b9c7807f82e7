package qc.passerelle.messaging.consumer;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * {@code passerelle.consumer.lag}: per topic, how many records this service's consumer group has yet to process
 * (end offsets minus committed offsets), read from the broker on a timer so it holds whatever the consumer does.
 */
public class ConsumerLag implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ConsumerLag.class);

    private final Admin admin;
    private final String group;
    private final List<String> topics;
    private final Duration interval;
    private final Map<String, Long> lag = new ConcurrentHashMap<>();
    private volatile boolean running;
    private Thread thread;

    public ConsumerLag(Admin admin, String group, List<String> topics, Duration interval, MeterRegistry registry) {
        this.admin = admin;
        this.group = group;
        this.topics = topics;
        this.interval = interval;
        for (String topic : topics) {
            lag.put(topic, 0L);
            Gauge.builder("passerelle.consumer.lag", lag, l -> l.getOrDefault(topic, 0L))
                    .tag("group", group).tag("topic", topic)
                    .description("records on the topic that this consumer group has not processed yet").register(registry);
        }
    }

    public long lag(String topic) {
        return lag.getOrDefault(topic, 0L);
    }

    public void refresh() throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
        Map<String, List<TopicPartition>> partitions = admin.describeTopics(topics).allTopicNames().get(5, TimeUnit.SECONDS)
                .values().stream().flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                .collect(Collectors.groupingBy(TopicPartition::topic));
        partitions.values().forEach(list -> list.forEach(tp -> ends.put(tp, OffsetSpec.latest())));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> latest = admin.listOffsets(ends).all().get(5, TimeUnit.SECONDS);
        for (String topic : topics) {
            long behind = 0;
            for (TopicPartition tp : partitions.getOrDefault(topic, List.of())) {
                OffsetAndMetadata done = committed.get(tp);
                behind += latest.get(tp).offset() - (done == null ? 0 : done.offset());
            }
            lag.put(topic, Math.max(0, behind));
        }
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().name("consumer-lag").daemon().start(() -> {
            while (running) {
                try {
                    refresh();
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    log.debug("consumer lag not read: {}", e.toString());
                }
                try {
                    Thread.sleep(interval.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
