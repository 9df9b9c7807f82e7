package qc.passerelle.commonview.worker;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import qc.passerelle.contracts.EventEnvelope;
import qc.passerelle.contracts.agriworkers.WorkerArrived;
import qc.passerelle.contracts.agriworkers.WorkerAbsent;
import qc.passerelle.contracts.agriworkers.WorkerDeparted;
import qc.passerelle.contracts.agriworkers.WorkerTransferred;
import qc.passerelle.web.PageRequest;

@Repository
public class WorkerViews implements InitializingBean {

    static final String COLLECTION = "worker_views";

    private final MongoTemplate mongo;

    WorkerViews(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(COLLECTION).createIndex(new Index("citizenship", Sort.Direction.ASC)
                .on("familyName", Sort.Direction.ASC).on("givenName", Sort.Direction.ASC));
    }

    void arrived(WorkerArrived e, EventEnvelope envelope) {
        apply(e.workerId(), envelope, new Update()
                .set("givenName", e.givenName()).set("familyName", e.familyName())
                .set("citizenship", e.citizenship()).set("birthYear", e.birthYear())
                .set("stream", e.stream().name()).set("employerId", e.employerId())
                .set("housingUnitId", e.housingUnitId()).set("season", e.season())
                .set("arrivalDate", e.arrivalDate()).set("status", "PRESENT"));
    }

    void departed(WorkerDeparted e, EventEnvelope envelope) {
        apply(e.workerId(), envelope, new Update()
                .set("citizenship", e.citizenship()).set("employerId", e.employerId())
                .set("departureDate", e.departureDate()).set("status", "DEPARTED"));
    }

    void transferred(WorkerTransferred e, EventEnvelope envelope) {
        apply(e.workerId(), envelope, new Update()
                .set("citizenship", e.citizenship()).set("employerId", e.toEmployerId())
                .set("housingUnitId", e.toHousingUnitId()).set("status", "PRESENT"));
    }

    /** Left the employer without notice: the consulate sees it as soon as the employer reports it. */
    void absent(WorkerAbsent e, EventEnvelope envelope) {
        apply(e.workerId(), envelope, new Update()
                .set("citizenship", e.citizenship()).set("employerId", e.employerId()).set("status", "ABSENT"));
    }

    /**
     * Creates the view if needed, then changes it only if this event is not yet in its history: applying the same
     * event twice leaves the view as it was after the first time.
     */
    private void apply(String workerId, EventEnvelope envelope, Update change) {
        mongo.upsert(query(where("_id").is(workerId)), new Update().setOnInsert("history", List.of()), COLLECTION);
        change.push("history", new WorkerView.Step(envelope.id(), envelope.eventType().name(), envelope.time()));
        mongo.updateFirst(query(where("_id").is(workerId).and("history.eventId").ne(envelope.id())), change, COLLECTION);
    }

    public List<WorkerView> ofNationals(String country, PageRequest page) {
        Query q = query(where("citizenship").is(country))
                .with(Sort.by("familyName", "givenName", "_id"))
                .skip(page.offset()).limit(page.size());
        q.cursorBatchSize(page.size());
        return mongo.find(q, WorkerView.class, COLLECTION);
    }

    public long countNationals(String country) {
        return mongo.count(query(where("citizenship").is(country)), COLLECTION);
    }
}
