package qc.passerelle.contracts;

/** A bounded context that publishes events: its name in {@code ce_type}, its topic and its {@code ce_source}. */
public enum Context {
    RECRUITING("recruiting", Topics.RECRUITING, "/services/recruiting"),
    STUDENTS("students", Topics.STUDENTS, "/services/student-attraction"),
    FRANCIZATION("francization", Topics.FRANCIZATION, "/services/francization"),
    AGRI_WORKERS("agri-workers", Topics.AGRI_WORKERS, "/services/agricultural-workers"),
    ALERTS("alerts", Topics.ALERTS, "/services/common-view");

    private final String id;
    private final String topic;
    private final String source;

    Context(String id, String topic, String source) {
        this.id = id;
        this.topic = topic;
        this.source = source;
    }

    public String id() {
        return id;
    }

    public String topic() {
        return topic;
    }

    public String source() {
        return source;
    }
}
