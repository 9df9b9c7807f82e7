package qc.passerelle.commonview.alert;

import static qc.passerelle.commonview.agri.AgriReadModels.WORKERS;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import qc.passerelle.commonview.change.Change;
import qc.passerelle.commonview.readmodel.ViewTarget;
import qc.passerelle.commonview.readmodel.Views;

/** The alert changes the streams carry name the workers (their audience's only), as the API does. */
final class AlertChanges {

    private AlertChanges() {
    }

    static List<Change> withNames(ViewTarget views, List<Change> changes) {
        if (changes.isEmpty()) {
            return changes;
        }
        Set<String> ids = new LinkedHashSet<>();
        changes.forEach(c -> Views.documents(c.data(), "workers").forEach(w -> ids.add(w.getString("workerId"))));
        Map<String, Document> workers = views.byIds(WORKERS, ids);
        List<Change> named = new ArrayList<>(changes.size());
        for (Change change : changes) {
            Document data = new Document(change.data());
            data.put("workers", named(Views.documents(change.data(), "workers"), workers));
            named.add(new Change(change.audience(), change.type(), change.key(), data));
        }
        return named;
    }

    static List<Document> named(List<Document> entries, Map<String, Document> workers) {
        List<Document> named = new ArrayList<>(entries.size());
        for (Document entry : entries) {
            Document worker = workers.get(entry.getString("workerId"));
            named.add(new Document(entry).append("givenName", worker == null ? null : worker.getString("givenName"))
                    .append("familyName", worker == null ? null : worker.getString("familyName")));
        }
        return named;
    }
}
