package qc.passerelle.commonview.alert;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import qc.passerelle.commonview.readmodel.Views;

/** An alert as its audience reads it, with the names of the workers it may see. */
public record AlertItem(String alertId, String type, boolean open, String clearedBecause, Instant raisedAt,
                        String housingUnitId, String employerId, String inspectionId, String deficiencyId,
                        String deadline, Integer approvedCapacity, Integer occupantsAtRaise, String reportId,
                        String openSince, String lastSeenOn, List<Worker> workers, List<String> countries,
                        boolean acknowledged, String acknowledgedBy, Instant acknowledgedAt) {

    public record Worker(String workerId, String citizenship, String givenName, String familyName) {
    }

    static AlertItem of(Document entry, Map<String, Document> names, Acknowledgement ack) {
        Date raisedAt = Views.date(entry, "raisedAt");
        List<Worker> workers = Views.documents(entry, "workers").stream().map(w -> {
            Document worker = names.get(w.getString("workerId"));
            return new Worker(w.getString("workerId"), w.getString("citizenship"),
                    worker == null ? null : worker.getString("givenName"),
                    worker == null ? null : worker.getString("familyName"));
        }).toList();
        return new AlertItem(entry.getString("alertId"), entry.getString("type"), Boolean.TRUE.equals(entry.get("open")),
                entry.getString("clearedBecause"), raisedAt == null ? null : raisedAt.toInstant(),
                entry.getString("housingUnitId"), entry.getString("employerId"), entry.getString("inspectionId"),
                entry.getString("deficiencyId"), entry.getString("deadline"), integer(entry.get("approvedCapacity")),
                integer(entry.get("occupantsAtRaise")), entry.getString("reportId"), entry.getString("openSince"),
                entry.getString("lastSeenOn"), workers, Views.texts(entry, "countries"), ack != null,
                ack == null ? null : ack.acknowledgedBy(), ack == null ? null : ack.acknowledgedAt());
    }

    private static Integer integer(Object value) {
        return value instanceof Number n ? n.intValue() : null;
    }
}
