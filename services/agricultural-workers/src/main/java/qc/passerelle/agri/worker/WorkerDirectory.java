package qc.passerelle.agri.worker;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
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
import qc.passerelle.web.PageRequest;
import qc.passerelle.web.PageResponse;

/**
 * The workers of one country and of one employer, kept in a few small documents per scope so that a consulate's or
 * an employer's list reads those documents by id instead of every worker stored (the local wire server has no
 * secondary index). Fed by this service's own events, it follows each worker's latest state (read by id when an event
 * comes), guarded by the worker's version: replays and late events change nothing. A list is as fresh as the events,
 * a few milliseconds behind the commands.
 * <p>
 * A scope's buckets are {@code <kind>:<value>|h<NNN>} (kind {@code country} or {@code employer}, NNN from 000 to 255
 * by a hash of the worker id), e.g. {@code country:MX|h042} holding {@code {entries: {<workerId>: {...}}}}. The
 * previous version's {@code <kind>:<value>|<letter><0-3>} buckets are still read, and the newest entry of a worker
 * found in both kept: see {@link DirectoryBuckets}.
 */
@Component
class WorkerDirectory implements BatchProjection {

    static final String COLLECTION = "worker_directory";
    /** An entry with its sort keys worked out once: a comparison that lower-cased both names took most of a sort. */
    private record Sortable(String family, String given, String id, Document entry) {
        static Sortable of(Document entry) {
            return new Sortable(entry.getString("familyName").toLowerCase(Locale.ROOT),
                    entry.getString("givenName").toLowerCase(Locale.ROOT), entry.getString("workerId"), entry);
        }
    }

    private static final Comparator<Sortable> BY_NAME = Comparator.comparing(Sortable::family)
            .thenComparing(Sortable::given).thenComparing(Sortable::id);
    /** The same order on entries as they are (for the few a batch changes). */
    private static final Comparator<Document> ENTRIES_BY_NAME = (a, b) -> BY_NAME.compare(Sortable.of(a), Sortable.of(b));

    private final MongoTemplate mongo;
    private final SortedScopes sorted;

    WorkerDirectory(MongoTemplate mongo,
                    @Value("${passerelle.agri.directory.sorted-cache:PT2S}") Duration sortedFor) {
        this.mongo = mongo;
        this.sorted = new SortedScopes(sortedFor, 64, ENTRIES_BY_NAME);
    }

    /** A scope the directory keeps: all the workers of a country, or of an employer. */
    record Scope(String kind, String value) {
        static Scope country(String code) {
            return new Scope("country", code);
        }

        static Scope employer(String employerId) {
            return new Scope("employer", employerId);
        }

        String prefix() {
            return kind + ":" + value + "|";
        }
    }

    @Override
    public Set<Class<? extends MobilityEvent>> eventTypes() {
        return Set.of(WorkerArrived.class, WorkerTransferred.class, WorkerAbsent.class, WorkerDeparted.class);
    }

    @Override
    public void apply(List<Delivered<?>> events) {
        Set<String> ids = new LinkedHashSet<>();
        events.forEach(e -> ids.add(e.aggregateId()));
        Query current = query(where("_id").in(ids));
        current.cursorBatchSize(Math.max(1, ids.size()));
        List<Worker> workers = mongo.find(current, Worker.class, Worker.COLLECTION);
        ProjectionWrites writes = ProjectionWrites.on(mongo, COLLECTION);
        Map<Scope, Map<String, Document>> upserts = new LinkedHashMap<>();
        Map<Scope, Map<String, Long>> removals = new LinkedHashMap<>();
        for (Worker worker : workers) {
            Document entry = entry(worker);
            for (Scope scope : List.of(Scope.country(worker.citizenship()), Scope.employer(worker.employerId()))) {
                upserts.computeIfAbsent(scope, s -> new HashMap<>()).put(worker.id(), entry);
                String bucket = DirectoryBuckets.of(scope, worker.id());
                writes.update(query(where("_id").is(bucket)), new Update().setOnInsert("_id", bucket), true);
                writes.update(query(where("_id").is(bucket).and(path(worker) + ".version").not().gte(worker.version())),
                        new Update().set(path(worker), entry), false);
            }
        }
        // a worker who moved leaves the former employer's list, unless a newer state of theirs is already there; from
        // the previous version's bucket too, or the entry it wrote there would keep them on that list
        for (Delivered<?> delivered : events) {
            if (delivered.event() instanceof WorkerTransferred moved) {
                workers.stream().filter(w -> w.id().equals(moved.workerId())).findFirst().ifPresent(worker -> {
                    Scope former = Scope.employer(moved.fromEmployerId());
                    removals.computeIfAbsent(former, s -> new HashMap<>())
                            .merge(worker.id(), delivered.sequence(), Math::max);
                    for (String bucket : List.of(DirectoryBuckets.of(former, worker.id()),
                            DirectoryBuckets.legacyOf(former, worker.familyName(), worker.id()))) {
                        writes.update(query(where("_id").is(bucket).and(path(worker) + ".version").lte(delivered.sequence())),
                                new Update().unset(path(worker)), false);
                    }
                });
            }
        }
        writes.execute();
        Set<Scope> changed = new LinkedHashSet<>(upserts.keySet());
        changed.addAll(removals.keySet());
        changed.forEach(scope -> sorted.changed(scope, upserts.getOrDefault(scope, Map.of()),
                removals.getOrDefault(scope, Map.of())));
    }

    /**
     * One page of a scope's workers, filtered and sorted by name. The scope's entries are read from all its buckets and
     * sorted once, then kept ({@link SortedScopes}): a consulate of a whole season holds thousands, and reading and
     * sorting them for every page took most of a list's time. This instance's own projection applies its changes to
     * the kept entries at once; another instance's changes show once the moment
     * ({@code passerelle.agri.directory.sorted-cache}, 2 s) is up and the scope has been read again. Only the page's
     * entries are turned into responses.
     */
    PageResponse<WorkerResponse> page(Scope scope, WorkerQueries.Filters filters, PageRequest request) {
        List<Document> all = sorted.get(scope, () -> readSorted(scope));
        List<Document> matching = all.stream().filter(entry -> matches(entry, filters)).toList();
        int from = (int) Math.min(matching.size(), request.offset());
        int to = Math.min(matching.size(), from + request.size());
        List<WorkerResponse> items = matching.subList(from, to).stream()
                .map(entry -> mongo.getConverter().read(WorkerResponse.class, entry)).toList();
        return PageResponse.of(items, request, matching.size());
    }

    /**
     * Every worker of the scope once, from all its buckets in one read, by family name, given name and id. A worker
     * whose entry the previous version wrote has it in an old bucket as well as, once an event of theirs came since,
     * in a new one: the entry of the highest version is theirs.
     */
    private List<Document> readSorted(Scope scope) {
        Map<String, Document> newest = new HashMap<>();
        List<String> buckets = DirectoryBuckets.all(scope);
        Query read = query(where("_id").in(buckets));
        read.cursorBatchSize(buckets.size());
        for (Document bucket : mongo.find(read, Document.class, COLLECTION)) {
            Document entries = bucket.get("entries", Document.class);
            if (entries != null) {
                entries.forEach((workerId, value) -> newest.merge(workerId, (Document) value, SortedScopes::newer));
            }
        }
        return newest.values().stream().map(Sortable::of).sorted(BY_NAME).map(Sortable::entry).toList();
    }

    /** Every filter, on an entry as stored (the scope's own filter included, harmlessly). */
    private static boolean matches(Document entry, WorkerQueries.Filters f) {
        return (f.status() == null || f.status().equals(entry.getString("status")))
                && (f.employerId() == null || f.employerId().equals(entry.getString("employerId")))
                && (f.citizenship() == null || f.citizenship().equals(entry.getString("citizenship")))
                && (f.season() == null || f.season().equals(entry.get("season")))
                && (f.housingUnitId() == null || f.housingUnitId().equals(entry.getString("housingUnitId")));
    }

    /** The single scope a caller's list falls in, when there is one (a caller with several scoped roles has none). */
    static Optional<Scope> scopeOf(Map<String, String> narrowing) {
        if (narrowing.containsKey("country")) {
            return Optional.of(Scope.country(narrowing.get("country")));
        }
        if (narrowing.containsKey("employer")) {
            return Optional.of(Scope.employer(narrowing.get("employer")));
        }
        return Optional.empty();
    }

    private Document entry(Worker worker) {
        Document entry = new Document();
        mongo.getConverter().write(WorkerResponse.of(worker), entry);
        entry.remove("_class");
        return entry;
    }

    private static String path(Worker worker) {
        return "entries." + worker.id();
    }
}
