package qc.passerelle.commonview.agri;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import qc.passerelle.commonview.readmodel.ReadModel;
import qc.passerelle.commonview.readmodel.Views;
import qc.passerelle.security.Role;
import qc.passerelle.security.ScopePolicy;

/**
 * The read models fed by {@code mobility.agri-workers.v1}. One document per worker, unit and report (by aggregate
 * id), and small per-scope documents maintained from them: a country's nationals (in {@value #NATIONAL_BUCKETS}
 * buckets), a country's week, an employer, the season's units, the deadlines of a year, a country's reports.
 */
@Configuration(proxyBeanMethods = false)
public class AgriReadModels {

    public static final String WORKERS = "worker_views";
    public static final String UNITS = "housing_views";
    public static final String REPORTS = "report_views";
    /** {@code <country>:<bucket>}: one entry per national, keyed by worker. */
    public static final String NATIONALS = "national_index";
    /** {@code <country>|<ISO week>}: arrivals, departures and absences of that country's workers that week. */
    public static final String COUNTRY_WEEKS = "country_weeks";
    /** {@code <employerId>}: its workers, units, labour requests (and, from recruiting, its offers). */
    public static final String EMPLOYERS = "employer_dashboards";
    /**
     * {@code units:<NN>}: one summary per housing unit (MIFI's compliance figures), in {@link #SUMMARY_BUCKETS}
     * documents by unit; {@code units}, the single document of earlier versions, is still read.
     */
    public static final String HOUSING_SUMMARY = "housing_summary";
    public static final String HOUSING_SUMMARY_ID = "units";
    /**
     * {@code <year of the deadline>:<NN>}: every deficiency, open or corrected (the overdue check reads these), in
     * {@link #SUMMARY_BUCKETS} documents per year by unit; {@code <year>} alone, of earlier versions, is still read.
     */
    public static final String DEFICIENCY_DEADLINES = "deficiency_deadlines";
    /**
     * Each of these season-wide documents was one document, rewritten whole (and re-encoded by the store) whenever any
     * unit changed: 1.6 MB and 0.4 MB by the end of a season, for every batch of arrivals.
     */
    public static final int SUMMARY_BUCKETS = 32;
    /** {@code <country>}: the condition reports about that country's nationals (status and category, no text). */
    public static final String COUNTRY_REPORTS = "country_reports";

    public static final int NATIONAL_BUCKETS = 16;

    /** A country's nationals, weeks and reports: MIFI all, a consulate its own country. */
    public static final ScopePolicy COUNTRY_POLICY = ScopePolicy.named("nationals")
            .everything(Role.MIFI)
            .where(Role.CONSULATE, caller -> where("country").is(caller.country()))
            .build();

    /** An employer's dashboard: MIFI any, an employer its own. */
    public static final ScopePolicy EMPLOYER_POLICY = ScopePolicy.named("employer dashboards")
            .everything(Role.MIFI)
            .where(Role.EMPLOYER, caller -> where("_id").is(caller.employerId()))
            .build();

    /** One worker's view (its timeline): MIFI all, a consulate its nationals, an employer those it employs or did. */
    public static final ScopePolicy WORKER_POLICY = ScopePolicy.named("workers")
            .everything(Role.MIFI)
            .where(Role.CONSULATE, caller -> where("citizenship").is(caller.country()))
            .where(Role.EMPLOYER, caller -> where("seenEmployers").is(caller.employerId()))
            .build();

    /** The buckets of a country's index of nationals. */
    /** The document of {@code prefix}'s buckets ({@code units}, a year) that holds this unit's entry. */
    public static String summaryBucket(String prefix, String unitId) {
        return prefix + ":" + String.format("%02d", qc.passerelle.commonview.readmodel.Keys.bucket(unitId, SUMMARY_BUCKETS));
    }

    /** Every document of {@code prefix}'s buckets, the single document of earlier versions first. */
    public static java.util.List<String> summaryBuckets(String prefix) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        ids.add(prefix);
        for (int bucket = 0; bucket < SUMMARY_BUCKETS; bucket++) {
            ids.add(prefix + ":" + String.format("%02d", bucket));
        }
        return ids;
    }

    /**
     * The entries under {@code field} of all of {@code prefix}'s buckets, read by id; an entry found twice (in the
     * single document of an earlier version and in its bucket) counts once, at its newest version.
     */
    public static java.util.Map<String, org.bson.Document> summaryEntries(MongoTemplate mongo, String collection,
                                                                        String prefix, String field) {
        java.util.Map<String, org.bson.Document> entries = new java.util.LinkedHashMap<>();
        for (org.bson.Document bucket : Views.byIds(mongo, collection, summaryBuckets(prefix)).values()) {
            Views.entries(bucket, field).forEach((key, entry) -> entries.merge(key, entry, Views::newer));
        }
        return entries;
    }

    public static java.util.List<String> nationalBuckets(String country) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (int b = 0; b < NATIONAL_BUCKETS; b++) {
            ids.add(country + ":" + String.format("%02d", b));
        }
        return ids;
    }

    public static String nationalBucket(String country, String workerId) {
        return country + ":" + String.format("%02d", qc.passerelle.commonview.readmodel.Keys.bucket(workerId, NATIONAL_BUCKETS));
    }

    @Bean
    ReadModel workerViews() {
        return ReadModel.of(WORKERS, new Index("citizenship", Sort.Direction.ASC).on("familyName", Sort.Direction.ASC)
                .on("givenName", Sort.Direction.ASC), new Index("state.employerId", Sort.Direction.ASC));
    }

    @Bean
    ReadModel housingViews() {
        return ReadModel.of(UNITS, new Index("employerId", Sort.Direction.ASC));
    }

    @Bean
    ReadModel reportViews() {
        return ReadModel.of(REPORTS, new Index("citizenship", Sort.Direction.ASC));
    }

    @Bean
    ReadModel nationalIndex() {
        return ReadModel.of(NATIONALS, new Index("country", Sort.Direction.ASC));
    }

    @Bean
    ReadModel countryWeeks() {
        return ReadModel.of(COUNTRY_WEEKS, new Index("country", Sort.Direction.ASC).on("week", Sort.Direction.ASC));
    }

    @Bean
    ReadModel employerDashboards() {
        return ReadModel.of(EMPLOYERS);
    }

    @Bean
    ReadModel housingSummary() {
        return ReadModel.of(HOUSING_SUMMARY);
    }

    @Bean
    ReadModel deficiencyDeadlines() {
        return ReadModel.of(DEFICIENCY_DEADLINES);
    }

    @Bean
    ReadModel countryReports() {
        return ReadModel.of(COUNTRY_REPORTS);
    }
}
