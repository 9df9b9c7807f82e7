package qc.passerelle.agri.query;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import qc.passerelle.agri.arrival.Worker;
import qc.passerelle.agri.arrival.WorkerRepository;

/** Lists of workers: the caller's scope and the filters are one query; large exports stream in batches. */
@Service
class WorkerQueries {

    private static final int EXPORT_BATCH = 1000;

    record Filters(String status, String employerId, String citizenship, Integer season, String housingUnitId) {
    }

    private final MongoTemplate mongo;

    WorkerQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    List<Worker> page(Criteria scope, Filters filters, long offset, int size) {
        Query query = query(scope, filters).with(Sort.by("familyName", "givenName", "_id")).skip(offset).limit(size);
        query.cursorBatchSize(size);
        return mongo.find(query, Worker.class, WorkerRepository.COLLECTION);
    }

    long count(Criteria scope, Filters filters) {
        return mongo.count(query(scope, filters), WorkerRepository.COLLECTION);
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
        List<Criteria> conditions = new ArrayList<>();
        conditions.add(scope);
        if (filters.status() != null) {
            conditions.add(where("status").is(filters.status()));
        }
        if (filters.employerId() != null) {
            conditions.add(where("employerId").is(filters.employerId()));
        }
        if (filters.citizenship() != null) {
            conditions.add(where("citizenship").is(filters.citizenship()));
        }
        if (filters.season() != null) {
            conditions.add(where("season").is(filters.season()));
        }
        if (filters.housingUnitId() != null) {
            conditions.add(where("housingUnitId").is(filters.housingUnitId()));
        }
        return new Query(new Criteria().andOperator(conditions));
    }
}
