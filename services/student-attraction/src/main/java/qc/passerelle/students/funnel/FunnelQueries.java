package qc.passerelle.students.funnel;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import qc.passerelle.security.Caller;
import qc.passerelle.students.application.ApplicationScope;
import qc.passerelle.students.application.ApplicationStatus;
import qc.passerelle.students.application.StudyApplication;
import qc.passerelle.students.export.Batches;
import qc.passerelle.students.institution.Institution;
import qc.passerelle.students.program.Program;
import qc.passerelle.students.promotion.PromotionEvent;
import qc.passerelle.students.prospect.Prospect;
import qc.passerelle.students.prospect.ProspectScope;

/**
 * Reads what the funnels count, within the caller's scope (the prospects' and the applications' own policies), in
 * one pass over each collection with only the fields counted. A report, not a hot path: its cost grows with the
 * prospects in scope, read in batches; a dashboard that needs it live reads common-view's projections instead.
 */
@Service
class FunnelQueries {

    private static final List<String> PROSPECT_FIELDS = List.of("_id", "citizenship", "promotionEventId", "caq",
            "studyPermit", "arrivedOn");
    private static final List<String> APPLICATION_FIELDS = List.of("_id", "prospectId", "programId", "institutionId",
            "citizenship", "promotionEventId", "status", "labourShortageAligned");

    private final MongoTemplate mongo;

    FunnelQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    FunnelFacts facts(Caller caller) {
        List<FunnelFacts.ProspectFacts> prospects = new ArrayList<>();
        Batches.forEach(mongo, Prospect.COLLECTION, ProspectScope.POLICY.require(caller), PROSPECT_FIELDS, doc -> {
            Document caq = doc.get("caq", Document.class);
            prospects.add(new FunnelFacts.ProspectFacts(doc.getString("_id"), doc.getString("citizenship"),
                    doc.getString("promotionEventId"), caq == null ? null : caq.getString("applicationId"),
                    doc.get("studyPermit") != null, doc.get("arrivedOn") != null));
        });
        List<FunnelFacts.ApplicationFacts> applications = new ArrayList<>();
        Batches.forEach(mongo, StudyApplication.COLLECTION, ApplicationScope.POLICY.require(caller), APPLICATION_FIELDS,
                doc -> applications.add(new FunnelFacts.ApplicationFacts(doc.getString("_id"), doc.getString("prospectId"),
                        doc.getString("programId"), doc.getString("institutionId"), doc.getString("citizenship"),
                        doc.getString("promotionEventId"), ApplicationStatus.ADMITTED.name().equals(doc.getString("status")),
                        Boolean.TRUE.equals(doc.getBoolean("labourShortageAligned")))));
        return new FunnelFacts(prospects, applications);
    }

    /** Names for the keys of one page: a read by _id, whatever the size of the collections. */
    List<FunnelRow> labelled(FunnelDimension dimension, List<FunnelRow> rows) {
        Map<String, String> labels = switch (dimension) {
            case COUNTRIES -> countries(rows);
            case PROMOTION_EVENTS -> names(PromotionEvent.COLLECTION, "name", rows);
            case PROGRAMS -> names(Program.COLLECTION, "title", rows);
            case INSTITUTIONS -> names(Institution.COLLECTION, "name", rows);
        };
        return rows.stream().map(row -> row.labelled(labels.get(row.key()))).toList();
    }

    private static Map<String, String> countries(List<FunnelRow> rows) {
        Map<String, String> labels = new HashMap<>();
        rows.forEach(row -> labels.put(row.key(), Locale.of("", row.key()).getDisplayCountry(Locale.FRENCH)));
        return labels;
    }

    private Map<String, String> names(String collection, String field, List<FunnelRow> rows) {
        Map<String, String> labels = new HashMap<>();
        labels.put(Funnels.ONLINE, "En ligne");
        var byId = query(where("_id").in(rows.stream().map(FunnelRow::key).toList()));
        byId.fields().include("_id").include(field);
        mongo.find(byId, Document.class, collection).forEach(doc -> labels.put(doc.getString("_id"), doc.getString(field)));
        return labels;
    }
}
