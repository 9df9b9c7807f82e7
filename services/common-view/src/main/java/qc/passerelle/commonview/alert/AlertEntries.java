package qc.passerelle.commonview.alert;

import java.util.List;
import org.bson.Document;
import qc.passerelle.commonview.change.Audience;
import qc.passerelle.commonview.readmodel.Views;

/** One audience's part of an alert: all of it for MIFI and the employer, its own nationals only for a consulate. */
public final class AlertEntries {

    private static final List<String> FACTS = List.of("type", "raisedAt", "housingUnitId", "employerId", "inspectionId",
            "deficiencyId", "deadline", "approvedCapacity", "occupantsAtRaise", "reportId", "openSince", "lastSeenOn");

    private AlertEntries() {
    }

    static Document entry(Document facts, Document status, String audience) {
        Document entry = new Document("alertId", facts.getString("_id"));
        FACTS.forEach(field -> entry.append(field, facts.get(field)));
        entry.append("open", status.get("open")).append("clearedBecause", status.get("clearedBecause"));
        String country = Audience.country(audience);
        List<Document> workers = Views.documents(status, "workers");
        if (country != null) {
            workers = workers.stream().filter(w -> country.equals(w.getString("citizenship"))).toList();
            entry.append("workers", workers).append("countries", List.of(country));
        } else {
            entry.append("workers", workers).append("countries", status.get("countries"));
        }
        if (facts.getString("workerId") != null && country != null
                && workers.stream().noneMatch(w -> facts.getString("workerId").equals(w.getString("workerId")))) {
            entry.put("workerId", null);
        }
        return entry;
    }
}
