package qc.passerelle.recruiting.offer;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import qc.passerelle.messaging.outbox.CreateOnce;
import qc.passerelle.recruiting.application.OfferSummary;
import qc.passerelle.recruiting.application.OffersOnApplications;

@Repository
class EmploymentOfferRepository implements InitializingBean, OffersOnApplications {

    private final MongoTemplate mongo;
    private final CreateOnce createOnce;
    private final Clock clock;

    EmploymentOfferRepository(MongoTemplate mongo, CreateOnce createOnce, Clock clock) {
        this.mongo = mongo;
        this.createOnce = createOnce;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        createOnce.createIndex(EmploymentOffer.COLLECTION);
        // for real MongoDB's lists and funnel; commands go by _id only
        mongo.indexOps(EmploymentOffer.COLLECTION).createIndex(new Index("employerId", Sort.Direction.ASC));
        mongo.indexOps(EmploymentOffer.COLLECTION).createIndex(new Index("candidateId", Sort.Direction.ASC));
        mongo.indexOps(EmploymentOffer.COLLECTION).createIndex(new Index("missionId", Sort.Direction.ASC));
    }

    Optional<EmploymentOffer> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, EmploymentOffer.class, EmploymentOffer.COLLECTION));
    }

    /** The offers' ids derive from the applications': a read by id (a page's worth at most), never a scan. */
    @Override
    public Map<String, OfferSummary> of(Collection<String> applicationIds) {
        Query byIds = query(where("_id").in(applicationIds.stream().map(EmploymentOffer::idFor).toList()));
        byIds.cursorBatchSize(Math.max(1, Math.min(applicationIds.size(), 1000)));
        LocalDate today = LocalDate.now(clock);
        return mongo.find(byIds, EmploymentOffer.class, EmploymentOffer.COLLECTION).stream()
                .collect(Collectors.toMap(EmploymentOffer::applicationId,
                        o -> new OfferSummary(o.id(), o.statusOn(today), o.startDate(), o.respondBy())));
    }
}
