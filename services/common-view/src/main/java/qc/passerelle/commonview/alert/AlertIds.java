package qc.passerelle.commonview.alert;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * An alert's id is its cause, so raising it again (a replay, a second instance, the next check) finds it raised:
 * {@code alert:<kind>:<cause...>}, or the cause's name-based UUID when that would pass the contracts' 64 characters.
 */
public final class AlertIds {

    static final String NON_COMPLIANT = "wnch";
    static final String OVERCROWDED = "over";
    static final String OVERDUE = "defo";
    static final String UNANSWERED = "crun";
    static final String MISSING = "miss";

    private AlertIds() {
    }

    /** Workers in a unit whose inspection {@code inspectionId} failed. */
    public static String nonCompliant(String unitId, String inspectionId) {
        return id(NON_COMPLIANT, unitId, inspectionId);
    }

    /** A unit holding more workers than the capacity it was approved for. */
    public static String overcrowded(String unitId, int approvedCapacity) {
        return id(OVERCROWDED, unitId, Integer.toString(approvedCapacity));
    }

    public static String overdue(String unitId, String inspectionId, String deficiencyId) {
        return id(OVERDUE, unitId, inspectionId, deficiencyId);
    }

    public static String unanswered(String reportId) {
        return id(UNANSWERED, reportId);
    }

    /** A worker reported absent, last seen on that day. */
    public static String missing(String workerId, String lastSeenOn) {
        return id(MISSING, workerId, lastSeenOn);
    }

    private static String id(String kind, String... cause) {
        String joined = String.join(":", cause);
        String id = "alert:" + kind + ":" + joined;
        if (id.length() <= 64) {
            return id;
        }
        return "alert:" + kind + ":" + UUID.nameUUIDFromBytes((kind + ":" + joined).getBytes(StandardCharsets.UTF_8));
    }
}
