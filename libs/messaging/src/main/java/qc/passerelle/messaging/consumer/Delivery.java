package qc.passerelle.messaging.consumer;

import java.util.Map;

/** One record as it came off a topic (or out of a dead-letter topic, for a replay), headers as text. */
public record Delivery(String topic, int partition, long offset, String key, Map<String, String> headers,
                       byte[] value) {

    public String where() {
        return topic + "-" + partition + "@" + offset;
    }
}
