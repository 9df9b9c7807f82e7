package qc.passerelle.contracts;

import java.util.List;

/** Topic names are business names and part of the contract: change them only with a new version. */
public final class Topics {

    public static final String RECRUITING = "mobility.recruiting.v1";
    public static final String STUDENTS = "mobility.students.v1";
    public static final String FRANCIZATION = "mobility.francization.v1";
    public static final String AGRI_WORKERS = "mobility.agri-workers.v1";
    public static final String ALERTS = "mobility.alerts.v1";

    public static final List<String> ALL = List.of(RECRUITING, STUDENTS, FRANCIZATION, AGRI_WORKERS, ALERTS);

    private Topics() {
    }

    /** Where a consumer puts what it could not process, with the reason in headers. */
    public static String deadLetter(String topic) {
        return topic + ".dlq";
    }
}
