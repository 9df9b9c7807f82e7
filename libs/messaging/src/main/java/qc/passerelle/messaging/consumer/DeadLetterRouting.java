package qc.passerelle.messaging.consumer;

import org.springframework.cloud.stream.binder.kafka.utils.DlqDestinationResolver;
import org.springframework.cloud.stream.binder.kafka.utils.DlqPartitionFunction;
import qc.passerelle.contracts.Topics;

/** Dead letters of {@code <topic>} go to {@code <topic>.dlq}; the binder adds the reason and origin as headers. */
public final class DeadLetterRouting {

    private DeadLetterRouting() {
    }

    public static DlqDestinationResolver destination() {
        return (record, exception) -> Topics.deadLetter(record.topic());
    }

    /** One partition is enough for dead letters, and it frees the dead-letter topic from mirroring the source's. */
    public static DlqPartitionFunction partition() {
        return (group, record, exception) -> 0;
    }
}
