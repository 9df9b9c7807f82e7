package qc.passerelle.commonview.worker;

import java.util.List;
import java.util.Set;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import qc.passerelle.contracts.MobilityEvent;
import qc.passerelle.contracts.agriworkers.WorkerAbsent;
import qc.passerelle.contracts.agriworkers.WorkerArrived;
import qc.passerelle.contracts.agriworkers.WorkerDeparted;
import qc.passerelle.contracts.agriworkers.WorkerTransferred;
import qc.passerelle.messaging.consumer.BatchProjection;
import qc.passerelle.messaging.consumer.Delivered;
import qc.passerelle.messaging.consumer.ProjectionWrites;

/**
 * Moves the worker views with the agri-workers events, a batch at a time in one bulk write. What never changes once
 * known (names, birth year, arrival) is written whatever the order; where the worker is and how (status, employer,
 * unit) changes only with an event newer than the last one applied, so a replay or a late event cannot undo it.
 */
@Component
class WorkerProjection implements BatchProjection {

    private final MongoTemplate mongo;

    WorkerProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Set<Class<? extends MobilityEvent>> eventTypes() {
        return Set.of(WorkerArrived.class, WorkerTransferred.class, WorkerAbsent.class, WorkerDeparted.class);
    }

    @Override
    public void apply(List<Delivered<?>> events) {
        ProjectionWrites writes = ProjectionWrites.on(mongo, WorkerViews.COLLECTION);
        for (Delivered<?> delivered : events) {
            Update facts = facts(delivered);
            facts.addToSet("history", new WorkerView.Step(delivered.envelope().id(),
                    delivered.envelope().eventType().name(), delivered.envelope().time(), delivered.sequence()));
            writes.factsThenIfNewer(delivered.aggregateId(), facts, delivered.sequence(), state(delivered.event()));
        }
        writes.execute();
    }

    private static Update facts(Delivered<?> delivered) {
        return switch (delivered.event()) {
            case WorkerArrived e -> new Update()
                    .set("givenName", e.givenName()).set("familyName", e.familyName())
                    .set("citizenship", e.citizenship()).set("birthYear", e.birthYear())
                    .set("stream", e.stream().name()).set("season", e.season()).set("arrivalDate", e.arrivalDate());
            case WorkerTransferred e -> new Update().set("citizenship", e.citizenship());
            case WorkerAbsent e -> new Update().set("citizenship", e.citizenship());
            case WorkerDeparted e -> new Update().set("citizenship", e.citizenship());
            default -> new Update();
        };
    }

    private static Update state(MobilityEvent event) {
        return switch (event) {
            case WorkerArrived e -> new Update().set("status", "PRESENT").set("employerId", e.employerId())
                    .set("housingUnitId", e.housingUnitId());
            case WorkerTransferred e -> new Update().set("status", "PRESENT").set("employerId", e.toEmployerId())
                    .set("housingUnitId", e.toHousingUnitId());
            // left the employer without notice: the consulate sees it as soon as the employer reports it
            case WorkerAbsent e -> new Update().set("status", "ABSENT").set("employerId", e.employerId())
                    .set("lastSeenOn", e.lastSeenOn());
            case WorkerDeparted e -> new Update().set("status", "DEPARTED").set("employerId", e.employerId())
                    .set("departureDate", e.departureDate());
            default -> throw new IllegalArgumentException("not a worker event: " + event.getClass().getSimpleName());
        };
    }
}
