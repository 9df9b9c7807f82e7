package qc.passerelle.messaging.consumer;

/**
 * A passing failure (database, broker, time-out) while processing the records from {@code index} on: everything
 * before it is done and may be committed; from it on, the records must be delivered again.
 */
public class DeliveryFailedException extends RuntimeException {

    private final int index;

    public DeliveryFailedException(int index, Throwable cause) {
        super("records from index " + index + " of the batch must be processed again: " + cause, cause);
        this.index = index;
    }

    public int index() {
        return index;
    }
}
