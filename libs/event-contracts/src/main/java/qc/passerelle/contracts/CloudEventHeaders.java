package qc.passerelle.contracts;

/** CloudEvents 1.0 Kafka protocol binding, binary mode: attributes travel as {@code ce_*} record headers. */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String DATA_SCHEMA = "ce_dataschema";
    /**
     * CloudEvents {@code sequence} extension: the event's position among its aggregate's events (1, 2, 3...), written
     * as a decimal integer. Consumers compare it as a number and apply an event only above the one they last applied
     * for that aggregate, so redelivery, replay and out-of-order delivery end in the same state.
     */
    public static final String SEQUENCE = "ce_sequence";
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }
}
