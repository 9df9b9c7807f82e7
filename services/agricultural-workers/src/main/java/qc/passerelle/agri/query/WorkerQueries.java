package qc.passerelle.agri.query;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.function.Consumer;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import qc.passerelle.agri.arrival.Worker;
import qc.passerelle.agri.arrival.WorkerRepository;

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
    void forEach(Criteria scope, Filters filters, Consumer<Worker> each) {
        Object after = null;
        while (true) {
            Query batch = query(scope, filters).with(Sort.by("_id")).limit(EXPORT_BATCH);
            if (after != null) {
                batch.addCriteria(where("_id").gt(after));
            }
            batch.cursorBatchSize(EXPORT_BATCH);
            List<Worker> workers = mongo.find(batch, Worker.class, WorkerRepository.COLLECTION);
            workers.forEach(each);
            if (workers.size() < EXPORT_BATCH) {
                return;
            }
            after = workers.get(workers.size() - 1).id();
        }
    }

    private static Query query(Criteria scope, Filters filters) {
        return new Query(condition(scope, filters));
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
