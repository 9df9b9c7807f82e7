package qc.passerelle.commonview.agri;

import org.bson.Document;
import qc.passerelle.commonview.readmodel.Views;

/** What a condition report's view says: who it is about, its category and status; never any text (events carry none). */
public final class Reports {

    private Reports() {
    }

    public static boolean open(Document report) {
        return "OPEN".equals(Views.sub(report, "state").getString("status"));
    }

    public static Document summary(String reportId, Document report) {
        Document state = Views.sub(report, "state");
        return new Document("reportId", reportId).append("status", state.getString("status"))
                .append("category", report.getString("category")).append("filedBy", report.getString("filedBy"))
                .append("language", report.getString("language")).append("filedAt", report.get("filedAt"))
                .append("resolvedOn", state.getString("resolvedOn")).append("workerId", report.getString("workerId"))
                .append("citizenship", report.getString("citizenship"))
                .append("employerId", report.getString("employerId"))
                .append("housingUnitId", report.getString("housingUnitId"));
    }
}
