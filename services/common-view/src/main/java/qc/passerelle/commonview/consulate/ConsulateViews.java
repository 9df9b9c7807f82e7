package qc.passerelle.commonview.consulate;

import static qc.passerelle.commonview.agri.AgriReadModels.COUNTRY_POLICY;
import static qc.passerelle.commonview.agri.AgriReadModels.COUNTRY_REPORTS;
import static qc.passerelle.commonview.agri.AgriReadModels.COUNTRY_WEEKS;
import static qc.passerelle.commonview.agri.AgriReadModels.NATIONALS;
import static qc.passerelle.commonview.agri.AgriReadModels.UNITS;
import static qc.passerelle.commonview.agri.AgriReadModels.WORKERS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import qc.passerelle.commonview.agri.AgriBatch;
import qc.passerelle.commonview.agri.AgriListener;
import qc.passerelle.commonview.agri.AgriReadModels;
import qc.passerelle.commonview.readmodel.Buckets;
import qc.passerelle.commonview.readmodel.Keys;
import qc.passerelle.commonview.readmodel.Scoped;
import qc.passerelle.commonview.readmodel.Views;
import qc.passerelle.security.Caller;
import qc.passerelle.web.InvalidFieldException;
import qc.passerelle.web.PageRequest;
import qc.passerelle.web.PageResponse;

/**
 * A country's views, each read from that country's own documents (its buckets of nationals, its weeks, its
 * reports): the scope is checked on the country before anything is read, and nothing of another nationality is.
 */
@Service
public class ConsulateViews implements AgriListener {

    private static final List<String> STATUSES = List.of("PRESENT", "ABSENT", "DEPARTED");

    /** A country's nationals, sorted, as read from its buckets at {@code loadedAt}. */
    private record Sorted(List<Document> entries, long loadedAt) {
    }

    private final MongoTemplate mongo;
    private final long cacheNanos;
    private final Map<String, Sorted> sorted = new java.util.concurrent.ConcurrentHashMap<>();

    ConsulateViews(MongoTemplate mongo,
                   @org.springframework.beans.factory.annotation.Value("${passerelle.common-view.nationals-cache:PT2S}")
                   java.time.Duration cache) {
        this.mongo = mongo;
        this.cacheNanos = cache.toNanos();
    }

    /**
     * A batch of this instance's projection changed these countries' buckets: their sorted lists are read again.
     * Another instance's changes are seen once the cache's time ({@code passerelle.common-view.nationals-cache}) is up.
     */
    @Override
    public void afterBatch(AgriBatch batch) {
        batch.workers().values().forEach(worker -> {
            if (worker.getString("citizenship") != null) {
                sorted.remove(worker.getString("citizenship"));
            }
        });
    }

    /** Forgets every sorted list (a rebuild dropped the read models). */
    public void forget() {
        sorted.clear();
    }

    public static void requireCountry(String country) {
        if (country == null || !country.matches("[A-Z]{2}")) {
            throw new InvalidFieldException("country", "must be an ISO 3166-1 alpha-2 code such as GT or MX");
        }
    }

    /** 403 unless the caller may see this country's nationals. */
    public static void requireScope(Caller caller, String country) {
        requireCountry(country);
        Scoped.require(COUNTRY_POLICY, caller, Map.of("country", country));
    }

    /** One page of the country's nationals that match (after {@link #requireScope}): what the list answers. */
    public PageResponse<ConsulateWorker> page(String country, String status, String employerId, PageRequest request) {
        List<Document> all = nationals(country, status, employerId);
        return PageResponse.of(workers(all.stream().skip(request.offset()).limit(request.size()).toList()), request,
                all.size());
    }

    /** The country's nationals that match, by family name, given name and id. */
    List<Document> nationals(String country, String status, String employerId) {
        if (status != null && !STATUSES.contains(status)) {
            throw new InvalidFieldException("status", "must be one of " + STATUSES);
        }
        List<Document> all = sortedNationals(country);
        if (status == null && employerId == null) {
            return all;
        }
        return all.stream().filter(entry -> (status == null || status.equals(entry.getString("status")))
                && (employerId == null || employerId.equals(entry.getString("employerId")))).toList();
    }

    /** Every national of the country from its buckets, each once, sorted; kept a moment (see {@link #afterBatch}). */
    private List<Document> sortedNationals(String country) {
        long now = System.nanoTime();
        Sorted cached = sorted.get(country);
        if (cached != null && now - cached.loadedAt() < cacheNanos) {
            return cached.entries();
        }
        List<Document> found = new ArrayList<>(AgriReadModels.NATIONAL_BUCKETS.entries(mongo, NATIONALS, country, "members")
                .values());
        found.sort(Comparator.comparing((Document e) -> Objects.toString(e.getString("familyName"), ""))
                .thenComparing(e -> Objects.toString(e.getString("givenName"), ""))
                .thenComparing(e -> e.getString("workerId")));
        List<Document> entries = List.copyOf(found);
        sorted.put(country, new Sorted(entries, now));
        return entries;
    }

    /** Entries of the nationals index with their views and units, for one page. */
    List<ConsulateWorker> workers(List<Document> entries) {
        Map<String, Document> workers = Views.byIds(mongo, WORKERS, entries.stream().map(e -> e.getString("workerId")).toList(),
                "citizenship", "history");
        // a unit's view holds its occupants and inspections: only its region and latest inspection are needed here
        Map<String, Document> units = Views.byIds(mongo, UNITS, entries.stream().map(e -> e.getString("housingUnitId"))
                .filter(Objects::nonNull).toList(), "region", "inspection");
        return entries.stream().map(e -> ConsulateWorker.of(e, workers.get(e.getString("workerId")),
                e.getString("housingUnitId") == null ? null : units.get(e.getString("housingUnitId")))).toList();
    }

    record Week(String week, int arrivals, int departures, int absences, int transfers) {
    }

    /** Arrivals, departures, absences and transfers of the country's workers per ISO week of the year. */
    List<Week> weeks(String country, int year) {
        List<String> scopes = new ArrayList<>();
        for (int week = 1; week <= 53; week++) {
            scopes.add(AgriReadModels.countryWeek(country, String.format("%d-W%02d", year, week)));
        }
        Map<String, List<Document>> byWeek = new TreeMap<>();
        for (Document doc : AgriReadModels.WEEK_BUCKETS.read(mongo, COUNTRY_WEEKS, scopes).values()) {
            byWeek.computeIfAbsent(doc.getString("week"), w -> new ArrayList<>()).add(doc);
        }
        Map<String, Week> weeks = new TreeMap<>();
        byWeek.forEach((week, docs) -> weeks.put(week, new Week(week, Buckets.merged(docs, "arrivals").size(),
                Buckets.merged(docs, "departures").size(), Buckets.merged(docs, "absences").size(),
                Buckets.merged(docs, "transfers").size())));
        return List.copyOf(weeks.values());
    }

    /** The condition reports about the country's nationals: status and category, never any text. */
    List<Document> reports(String country, String status, String category) {
        Document doc = Views.byId(mongo, COUNTRY_REPORTS, country);
        List<Document> reports = new ArrayList<>(Views.entries(doc, "reports").values().stream()
                .filter(r -> status == null || status.equals(r.getString("status")))
                .filter(r -> category == null || category.equals(r.getString("category"))).toList());
        reports.sort(Comparator.comparing((Document r) -> Views.date(r, "filedAt"), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(r -> r.getString("reportId")));
        return reports;
    }

    Map<String, Document> names(List<String> workerIds) {
        return new LinkedHashMap<>(Views.byIds(mongo, WORKERS, workerIds));
    }

    static String key(String id) {
        return Keys.field(id);
    }
}
