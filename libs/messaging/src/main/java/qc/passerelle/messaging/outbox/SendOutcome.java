package qc.passerelle.messaging.outbox;

import org.apache.kafka.common.errors.RetriableException;

/** What became of one event handed to the producer. */
sealed interface SendOutcome {

    record Sent() implements SendOutcome {
    }

    /** The broker took no decision about this record (unreachable, timed out): try again later, no blame. */
    record Unavailable(String reason) implements SendOutcome {
    }

    /** The broker refused this very record (too large, invalid...): counts towards parking the aggregate. */
    record Rejected(String reason) implements SendOutcome {
    }

    /** Not sent at all: an earlier failure in the pass showed the broker is unreachable. */
    record Deferred() implements SendOutcome {
    }

    static SendOutcome of(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && !(cause instanceof org.apache.kafka.common.KafkaException)) {
            cause = cause.getCause();
        }
        String reason = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        if (cause instanceof RetriableException || cause instanceof java.util.concurrent.TimeoutException
                || cause instanceof InterruptedException) {
            return new Unavailable(reason);
        }
        return new Rejected(reason);
    }
}
