package qc.passerelle.agri.worker;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import qc.passerelle.web.Pages;

/** Exports of workers: the caller's scope and the filters are one query, read in batches of 1,000. */
@Service
class WorkerQueries {

    private static final int EXPORT_BATCH = 1000;

    record Filters(String status, String employerId, String citizenship, Integer season, String housingUnitId) {
    }

    private final MongoTemplate mongo;

    WorkerQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Every matching worker, in id order, a batch at a time: the wire server ignores first-batch limits. */
    void forEach(Criteria condition, Consumer<Worker> each) {
        Object after = null;
        while (true) {
            List<Worker> workers = mongo.find(batch(condition, after), Worker.class, Worker.COLLECTION);
            workers.forEach(each);
            if (workers.size() < EXPORT_BATCH) {
                return;
            }
            after = workers.get(workers.size() - 1).id();
        }
    }

    /** The ids only, for the audit entry that must exist before the first byte of an export leaves. */
    List<String> ids(Criteria condition) {
        List<String> ids = new ArrayList<>();
        Object after = null;
        while (true) {
            Query batch = batch(condition, after);
            batch.fields().include("_id");
            List<Document> found = mongo.find(batch, Document.class, Worker.COLLECTION);
            found.forEach(doc -> ids.add(doc.getString("_id")));
            if (found.size() < EXPORT_BATCH) {
                return ids;
            }
            after = found.get(found.size() - 1).get("_id");
        }
    }

    private static Query batch(Criteria condition, Object after) {
        Query batch = new Query(after == null ? condition : new Criteria().andOperator(condition, where("_id").gt(after)))
                .with(Sort.by("_id")).limit(EXPORT_BATCH);
        batch.cursorBatchSize(EXPORT_BATCH);
        return batch;
    }

    static Criteria condition(Criteria scope, Filters filters) {
        return Pages.allOf(scope,
                filters.status() == null ? null : where("status").is(filters.status()),
                filters.employerId() == null ? null : where("employerId").is(filters.employerId()),
                filters.citizenship() == null ? null : where("citizenship").is(filters.citizenship()),
                filters.season() == null ? null : where("season").is(filters.season()),
                filters.housingUnitId() == null ? null : where("housingUnitId").is(filters.housingUnitId()));
    }
}
