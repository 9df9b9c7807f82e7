package qc.passerelle.commonview.agri;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import qc.passerelle.commonview.readmodel.Views;

/**
 * What a worker view says, read from its document: the guarded state (where the worker is now), the latest arrival,
 * and the stints in a unit computed from the history (the events applied, in sequence order).
 */
public final class Workers {

    private Workers() {
    }

    public static Document state(Document worker) {
        return Views.sub(worker, "state");
    }

    public static Document arrival(Document worker) {
        return Views.sub(worker, "arrival");
    }

    public static String status(Document worker) {
        return Views.text(state(worker), "status");
    }

    public static boolean presentIn(Document worker, String unitId) {
        Document state = state(worker);
        return "PRESENT".equals(state.getString("status")) && unitId.equals(state.getString("housingUnitId"));
    }

    /** The steps of the history in sequence order (a step seen twice under two event ids stays twice). */
    public static List<Document> timeline(Document worker) {
        List<Document> steps = new ArrayList<>(Views.documents(worker, "history"));
        steps.sort(Comparator.comparingLong((Document s) -> Views.number(s, "sequence"))
                .thenComparing(s -> Views.date(s, "time"), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(s -> Views.text(s, "eventId")));
        return steps;
    }

    /** The last stint in a unit: when the worker came in and, if they left, when. */
    public record Stint(Date since, Date until) {
    }

    public static Stint lastStint(Document worker, String unitId) {
        Date since = null;
        Date until = null;
        String where = null;
        for (Document step : timeline(worker)) {
            String type = step.getString("type");
            String next = switch (type) {
                case "WorkerArrived", "WorkerTransferred" -> step.getString("housingUnitId");
                default -> null;
            };
            Date time = Views.date(step, "time");
            if (unitId.equals(next) && !unitId.equals(where)) {
                since = time;
                until = null;
            } else if (unitId.equals(where) && !unitId.equals(next)) {
                until = time;
            }
            where = next;
        }
        return new Stint(since, until);
    }

    /** The entry of the worker in a unit's view: whether present now, and the last stint there. */
    public static Document occupant(String workerId, Document worker, String unitId) {
        Stint stint = lastStint(worker, unitId);
        return new Document("workerId", workerId).append("present", presentIn(worker, unitId))
                .append("citizenship", worker.getString("citizenship"))
                .append("givenName", worker.getString("givenName")).append("familyName", worker.getString("familyName"))
                .append("since", stint.since()).append("until", stint.until());
    }

    /** The entry of the worker in its country's index of nationals. */
    public static Document national(String workerId, Document worker) {
        Document state = state(worker);
        Document arrival = arrival(worker);
        return new Document("workerId", workerId).append("status", state.getString("status"))
                .append("employerId", state.getString("employerId"))
                .append("housingUnitId", state.getString("housingUnitId"))
                .append("givenName", worker.getString("givenName")).append("familyName", worker.getString("familyName"))
                .append("birthYear", worker.get("birthYear")).append("stream", arrival.getString("stream"))
                .append("season", arrival.get("season")).append("arrivalDate", arrival.getString("arrivalDate"))
                .append("departureDate", state.getString("departureDate"))
                .append("lastSeenOn", state.getString("lastSeenOn"));
    }

    /** The entry of the worker in an employer's dashboard: current (works there now) or former. */
    public static Document ofEmployer(String workerId, Document worker, String employerId) {
        Document state = state(worker);
        boolean current = employerId.equals(state.getString("employerId"));
        return new Document("workerId", workerId).append("current", current)
                .append("status", current ? state.getString("status") : "LEFT")
                .append("housingUnitId", current ? state.getString("housingUnitId") : null)
                .append("citizenship", worker.getString("citizenship"))
                .append("givenName", worker.getString("givenName")).append("familyName", worker.getString("familyName"))
                .append("stream", arrival(worker).getString("stream"));
    }
}
