package qc.passerelle.commonview.alert;

import static qc.passerelle.commonview.agri.AgriReadModels.COUNTRY_REPORTS;
import static qc.passerelle.commonview.agri.AgriReadModels.DEFICIENCY_DEADLINES;
import static qc.passerelle.commonview.agri.AgriReadModels.UNITS;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import qc.passerelle.commonview.agri.AgriReadModels;
import qc.passerelle.commonview.agri.Housing;
import qc.passerelle.commonview.readmodel.Replay;
import qc.passerelle.commonview.readmodel.Views;
import qc.passerelle.contracts.alerts.ConditionReportUnanswered;
import qc.passerelle.contracts.alerts.DeficiencyOverdue;

/**
 * The alerts that time raises: a deficiency past its deadline and still uncorrected (in a unit with workers: the
 * contract's event names at least one citizenship), a condition report still open 72 hours after it was filed. On a
 * timer, against the service's {@link Clock}; raising is conditional ({@link AlertRaiser}), so two instances checking
 * at once raise each alert once. Reads the small per-year and per-country documents, never the views themselves.
 */
@Component
public class TimeBasedAlerts {

    private static final Logger log = LoggerFactory.getLogger(TimeBasedAlerts.class);
    static final Duration UNANSWERED_AFTER = Duration.ofHours(72);
    /** Deadlines are days in Quebec. */
    static final ZoneId QUEBEC = ZoneId.of("America/Montreal");

    private final MongoTemplate mongo;
    private final AlertRaiser raiser;
    private final Replay replay;
    private final Clock clock;

    TimeBasedAlerts(MongoTemplate mongo, AlertRaiser raiser, Replay replay, Clock clock) {
        this.mongo = mongo;
        this.raiser = raiser;
        this.replay = replay;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${passerelle.common-view.alerts.first-check:PT30S}",
            fixedDelayString = "${passerelle.common-view.alerts.check-interval:PT1M}")
    void scheduled() {
        if (!replay.active()) {
            int raised = check();
            if (raised > 0) {
                log.info("raised {} time-based alert(s)", raised);
            }
        }
    }

    /** Raises what is due now; answers how many alerts this call raised. */
    public int check() {
        Instant now = clock.instant();
        return overdueDeficiencies(LocalDate.ofInstant(now, QUEBEC)) + unansweredReports(now);
    }

    private int overdueDeficiencies(LocalDate today) {
        List<String> years = new ArrayList<>();
        for (int year = today.getYear() - 2; year <= today.getYear(); year++) {
            years.add(Integer.toString(year));
        }
        List<Document> due = new ArrayList<>();
        for (String year : years) {
            AgriReadModels.SUMMARY_BUCKETS.entries(mongo, DEFICIENCY_DEADLINES, year, "deficiencies").values().stream()
                    .filter(d -> Boolean.TRUE.equals(d.getBoolean("open")) && Views.number(d, "occupants") > 0
                            && LocalDate.parse(d.getString("deadline")).isBefore(today))
                    .forEach(due::add);
        }
        if (due.isEmpty()) {
            return 0;
        }
        Map<String, Document> units = Views.byIds(mongo, UNITS, due.stream().map(d -> d.getString("housingUnitId")).toList());
        int raised = 0;
        for (Document deficiency : due) {
            String unitId = deficiency.getString("housingUnitId");
            Document unit = units.get(unitId);
            List<String> countries = unit == null ? List.of() : Housing.citizenships(Housing.present(unit));
            if (countries.isEmpty() || deficiency.getString("employerId") == null) {
                continue;
            }
            String alertId = AlertIds.overdue(unitId, deficiency.getString("inspectionId"), deficiency.getString("deficiencyId"));
            if (raiser.raise(alertId, new DeficiencyOverdue(alertId, unitId, deficiency.getString("employerId"),
                    deficiency.getString("deficiencyId"), LocalDate.parse(deficiency.getString("deadline")), countries))) {
                raised++;
            }
        }
        return raised;
    }

    private int unansweredReports(Instant now) {
        Date filedBefore = Date.from(now.minus(UNANSWERED_AFTER));
        int raised = 0;
        for (Document country : Views.all(mongo, COUNTRY_REPORTS)) {
            for (Document report : Views.entries(country, "reports").values()) {
                Date filedAt = Views.date(report, "filedAt");
                if (!"OPEN".equals(report.getString("status")) || filedAt == null || filedAt.after(filedBefore)
                        || report.getString("workerId") == null || report.getString("employerId") == null) {
                    continue;
                }
                String alertId = AlertIds.unanswered(report.getString("reportId"));
                if (raiser.raise(alertId, new ConditionReportUnanswered(alertId, report.getString("reportId"),
                        report.getString("workerId"), report.getString("citizenship"), report.getString("employerId"),
                        LocalDate.ofInstant(filedAt.toInstant(), QUEBEC)))) {
                    raised++;
                }
            }
        }
        return raised;
    }
}
