package qc.passerelle.commonview.agri;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import qc.passerelle.commonview.readmodel.Buckets;
import qc.passerelle.commonview.readmodel.ReadModel;
import qc.passerelle.security.Role;
import qc.passerelle.security.ScopePolicy;

/**
 * The read models fed by {@code mobility.agri-workers.v1}. One document per worker, unit and report (by aggregate
 * id), and small per-scope documents maintained from them ({@link Buckets}): a country's nationals, a country's
 * week, an employer, the season's units, the deadlines of a year, a country's reports.
 */
@Configuration(proxyBeanMethods = false)
public class AgriReadModels {

    public static final String WORKERS = "worker_views";
    public static final String UNITS = "housing_views";
    public static final String REPORTS = "report_views";
    /** {@code <country>:<NNN>} ({@link #NATIONAL_BUCKETS}): one entry per national, keyed by worker. */
    public static final String NATIONALS = "national_index";
    /**
     * {@code <country>|<ISO week>:<NNN>} ({@link #WEEK_BUCKETS}, by worker): arrivals, departures and absences of that
     * country's workers that week.
     */
    public static final String COUNTRY_WEEKS = "country_weeks";
    /** {@code <employerId>}: its workers, units, labour requests (and, from recruiting, its offers). */
    public static final String EMPLOYERS = "employer_dashboards";
    /**
     * {@code units:<NNN>}: one summary per housing unit (MIFI's compliance figures), in {@link #SUMMARY_BUCKETS}
     * documents by unit (once a single document of 1.6 MB by a season's end, rewritten for every batch of arrivals).
     */
    public static final String HOUSING_SUMMARY = "housing_summary";
    public static final String HOUSING_SUMMARY_ID = "units";
    /**
     * {@code <year of the deadline>:<NNN>}: every deficiency, open or corrected (the overdue check reads these), in
     * {@link #SUMMARY_BUCKETS} documents per year by unit.
     */
    public static final String DEFICIENCY_DEADLINES = "deficiency_deadlines";
    /** {@code <country>}: the condition reports about that country's nationals (status and category, no text). */
    public static final String COUNTRY_REPORTS = "country_reports";

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

    /** A country's nationals ({@code <country>:<NNN>}): a whole season's largest country gives about 45 per document. */
    public static final Buckets NATIONAL_BUCKETS = new Buckets(256, 16);

    /** A country's week ({@code <country>|<week>:<NNN>}): a busy week's arrivals of one country, about 200 per document. */
    public static final Buckets WEEK_BUCKETS = new Buckets(16, 0);

    /** The season's unit summaries and a year's deadlines: about 12 units per document. */
    public static final Buckets SUMMARY_BUCKETS = new Buckets(256, 32);

    /** The id of a country's week, the scope of {@link #WEEK_BUCKETS}. */
    public static String countryWeek(String country, String week) {
        return country + "|" + week;
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
