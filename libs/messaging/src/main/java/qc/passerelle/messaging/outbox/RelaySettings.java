package qc.passerelle.messaging.outbox;

import java.time.Duration;

/**
 * The relay's timing. The lease must outlive the longest pass: a pass waits at most {@code maxBlock} to hand a
 * record to the producer and {@code publishTimeout} for its acknowledgement, so the lease is checked against both.
 */
public record RelaySettings(Duration lease, Duration maxBlock, Duration publishTimeout, int batchSize,
                            int maxRejections, Duration firstBackOff, Duration maxBackOff) {

    public RelaySettings {
        Duration longestPass = maxBlock.plus(publishTimeout).multipliedBy(2);
        if (lease.compareTo(longestPass) <= 0) {
            throw new IllegalArgumentException("passerelle.messaging.relay.lease (" + lease + ") must be longer than "
                    + longestPass + ": twice max-block plus publish-timeout, the longest a relay pass can take");
        }
        if (batchSize < 1 || maxRejections < 1) {
            throw new IllegalArgumentException("relay batch-size and max-rejections must be at least 1");
        }
    }

    /** Exponential, from {@code firstBackOff}, doubled per failed attempt, capped at {@code maxBackOff}. */
    public Duration backOff(int attempts) {
        Duration delay = firstBackOff;
        for (int i = 1; i < attempts && delay.compareTo(maxBackOff) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxBackOff) > 0 ? maxBackOff : delay;
    }
}
