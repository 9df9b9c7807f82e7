package qc.passerelle.recruiting.funnel;

import java.util.function.Consumer;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import qc.passerelle.recruiting.application.Application;
import qc.passerelle.recruiting.application.ApplicationScope;
import qc.passerelle.recruiting.immigration.ImmigrationFile;
import qc.passerelle.recruiting.immigration.ImmigrationFileScope;
import qc.passerelle.recruiting.joboffer.JobOffer;
import qc.passerelle.recruiting.joboffer.JobOfferRepository;
import qc.passerelle.recruiting.offer.EmploymentOffer;
import qc.passerelle.recruiting.offer.EmploymentOfferScope;
import qc.passerelle.security.Caller;

/**
 * Counts each stage where it is recorded: applications (applied, pre-selected, interviewed), employment offers
 * (offered, accepted) and immigration files (arrived, only for confirmed hires: a file's offer is accepted). Every
 * collection is read within the caller's scope by that aggregate's own policy, only the few fields counted, in
 * batches. A report, not a command's path: on real MongoDB the missionId, employerId and jobOfferId indexes serve it.
 */
@Service
class FunnelQueries {

    private static final int BATCH = 1000;

    /** Lines by job offer, or by application. */
    enum By { JOB_OFFER, APPLICATION }

    private final MongoTemplate mongo;
    private final JobOfferRepository jobOffers;

    FunnelQueries(MongoTemplate mongo, JobOfferRepository jobOffers) {
        this.mongo = mongo;
        this.jobOffers = jobOffers;
    }

    /** Every line of the funnel of what matches {@code about} (e.g. missionId = X), in key order. */
    List<FunnelRow> rows(Caller caller, Criteria about, By by) {
        Map<String, long[]> tally = new TreeMap<>();
        Map<String, String> employers = new TreeMap<>();
        String key = by == By.JOB_OFFER ? "jobOfferId" : "applicationId";
        stream(Application.COLLECTION, ApplicationScope.POLICY.require(caller), about,
                List.of("jobOfferId", "employerId", "preselected", "interviewed"), doc -> {
                    String k = by == By.JOB_OFFER ? doc.getString("jobOfferId") : doc.getString("_id");
                    employers.put(k, doc.getString("employerId"));
                    long[] t = tally.computeIfAbsent(k, x -> new long[6]);
                    t[0]++;
                    t[1] += Boolean.TRUE.equals(doc.getBoolean("preselected")) ? 1 : 0;
                    t[2] += Boolean.TRUE.equals(doc.getBoolean("interviewed")) ? 1 : 0;
                });
        stream(EmploymentOffer.COLLECTION, EmploymentOfferScope.POLICY.require(caller), about, List.of(key, "status"),
                doc -> {
                    long[] t = tally.computeIfAbsent(doc.getString(key), x -> new long[6]);
                    t[3]++;
                    t[4] += "ACCEPTED".equals(doc.getString("status")) ? 1 : 0;
                });
        stream(ImmigrationFile.COLLECTION, ImmigrationFileScope.POLICY.require(caller),
                new Criteria().andOperator(about, where("arrivedOn").ne(null)), List.of(key),
                doc -> tally.computeIfAbsent(doc.getString(key), x -> new long[6])[5]++);
        Map<String, JobOffer> titles = by == By.JOB_OFFER && !tally.isEmpty()
                ? jobOffers.findAllById(tally.keySet()).stream().collect(Collectors.toMap(JobOffer::id, Function.identity()))
                : Map.of();
        List<FunnelRow> rows = new ArrayList<>(tally.size());
        tally.forEach((k, t) -> {
            Stages stages = new Stages(t[0], t[1], t[2], t[3], t[4], t[5]);
            JobOffer job = titles.get(k);
            rows.add(by == By.JOB_OFFER
                    ? new FunnelRow(k, null, job == null ? employers.get(k) : job.employerId(), job == null ? null : job.title(), stages)
                    : new FunnelRow(null, k, employers.get(k), null, stages));
        });
        return rows;
    }

    static Stages totals(List<FunnelRow> rows) {
        return rows.stream().map(FunnelRow::stages).reduce(Stages.NONE, Stages::plus);
    }

    private void stream(String collection, Criteria scope, Criteria about, List<String> fields,
                        Consumer<Document> each) {
        Query query = new Query(new Criteria().andOperator(scope, about));
        fields.forEach(f -> query.fields().include(f));
        query.cursorBatchSize(BATCH);
        try (var documents = mongo.stream(query, Document.class, collection)) {
            documents.forEach(each);
        }
    }
}
