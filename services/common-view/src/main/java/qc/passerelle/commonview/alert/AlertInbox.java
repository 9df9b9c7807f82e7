package qc.passerelle.commonview.alert;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;
import static qc.passerelle.commonview.agri.AgriReadModels.WORKERS;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import qc.passerelle.commonview.change.Audience;
import qc.passerelle.commonview.change.Change;
import qc.passerelle.commonview.change.ChangeLog;
import qc.passerelle.commonview.readmodel.Buckets;
import qc.passerelle.commonview.readmodel.Keys;
import qc.passerelle.commonview.readmodel.Scoped;
import qc.passerelle.commonview.readmodel.Views;
import qc.passerelle.security.Caller;
import qc.passerelle.security.Role;
import qc.passerelle.web.InvalidFieldException;
import qc.passerelle.web.NotFoundException;

/** Reads an audience's alerts (its inbox, one document) and records its acknowledgements. */
@Service
public class AlertInbox {

    static final List<String> TYPES = List.of("WorkersInNonCompliantHousing", "HousingOvercrowded", "DeficiencyOverdue",
            "ConditionReportUnanswered", "WorkerMissing");

    private final MongoTemplate mongo;
    private final ChangeLog changes;
    private final Clock clock;

    AlertInbox(MongoTemplate mongo, ChangeLog changes, Clock clock) {
        this.mongo = mongo;
        this.changes = changes;
        this.clock = clock;
    }

    /** Whose alerts: MIFI may name an employer or a country; anyone else reads their own. */
    public static String audience(Caller caller, String employerId, String country) {
        return Audience.of(caller, employerId, country);
    }

    /** The audience's alerts that match, newest first (scope in the query: another audience's inbox is a 403). */
    public List<AlertItem> alerts(Caller caller, String audience, String type, Boolean open) {
        if (type != null && !TYPES.contains(type)) {
            throw new InvalidFieldException("type", "must be one of " + TYPES);
        }
        Predicate<Document> matches = entry -> (type == null || type.equals(entry.getString("type")))
                && (open == null || open.equals(entry.get("open")));
        List<Document> entries = new ArrayList<>(inbox(caller, audience).values().stream().filter(matches).toList());
        entries.sort(Comparator.comparing((Document e) -> Views.date(e, "raisedAt"), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(e -> e.getString("alertId")));
        return items(entries, audience);
    }

    public AlertItem alert(Caller caller, String audience, String alertId) {
        Document entry = inbox(caller, audience).getOrDefault(Keys.field(alertId), new Document());
        if (entry.isEmpty()) {
            throw new NotFoundException("no alert " + alertId + " for " + audience);
        }
        return items(List.of(entry), audience).get(0);
    }

    /**
     * The audience's entries from all its inbox documents in one read by id, once the caller may read the audience's
     * inbox (403 otherwise); an entry in two of them (the single document of an earlier version and its bucket)
     * counts once, at its newest version.
     */
    private Map<String, Document> inbox(Caller caller, String audience) {
        Scoped.byId(AlertReadModels.INBOX_POLICY, caller, audience);
        return Buckets.merged(Views.byIds(mongo, AlertReadModels.INBOXES, AlertReadModels.inboxes(audience)).values(),
                "alerts");
    }

    private List<AlertItem> items(List<Document> entries, String audience) {
        Set<String> workerIds = new LinkedHashSet<>();
        entries.forEach(e -> Views.documents(e, "workers").forEach(w -> workerIds.add(w.getString("workerId"))));
        Map<String, Document> names = Views.byIds(mongo, WORKERS, workerIds);
        Map<String, Acknowledgement> acks = new java.util.HashMap<>();
        List<String> ackIds = entries.stream().map(e -> Acknowledgement.id(e.getString("alertId"), audience)).toList();
        if (!ackIds.isEmpty()) {
            org.springframework.data.mongodb.core.query.Query q = query(where("_id").in(ackIds));
            q.cursorBatchSize(Math.max(1, ackIds.size()));
            mongo.find(q, Acknowledgement.class, Acknowledgement.COLLECTION).forEach(a -> acks.put(a.alertId(), a));
        }
        return entries.stream().map(e -> AlertItem.of(e, names, acks.get(e.getString("alertId")))).toList();
    }

    /** The audience acknowledges an alert it can see; a second time answers the first acknowledgement. */
    public Acknowledgement acknowledge(Caller caller, String audience, String alertId) {
        alert(caller, audience, alertId);
        String id = Acknowledgement.id(alertId, audience);
        Acknowledgement ack = mongo.findAndModify(query(where("_id").is(id)), new Update().setOnInsert("alertId", alertId)
                        .setOnInsert("audience", audience).setOnInsert("acknowledgedBy", caller.subject())
                        .setOnInsert("acknowledgedAt", Date.from(clock.instant())),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Acknowledgement.class, Acknowledgement.COLLECTION);
        changes.append(List.of(new Change(audience, "alert-acknowledgement", alertId, new Document("alertId", alertId)
                .append("acknowledgedBy", ack.acknowledgedBy()).append("acknowledgedAt", Date.from(ack.acknowledgedAt())))));
        return ack;
    }
}
