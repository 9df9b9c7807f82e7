package qc.passerelle.commonview.mifi;

import static qc.passerelle.commonview.agri.AgriReadModels.COUNTRY_REPORTS;
import static qc.passerelle.commonview.agri.AgriReadModels.COUNTRY_WEEKS;
import static qc.passerelle.commonview.agri.AgriReadModels.HOUSING_SUMMARY;
import static qc.passerelle.commonview.agri.AgriReadModels.HOUSING_SUMMARY_ID;
import static qc.passerelle.commonview.agri.AgriReadModels.SUMMARY_BUCKETS;
import static qc.passerelle.commonview.agri.AgriReadModels.NATIONALS;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import qc.passerelle.commonview.readmodel.Buckets;
import qc.passerelle.commonview.readmodel.Views;

/**
 * MIFI's season overview, computed from the small per-scope documents only (a country's weeks, a country's buckets
 * of nationals, the season's unit summaries, a country's reports): arrivals per week by sending country and by
 * region, workers present now by country and stream, absences, the housing compliance rate of the season's units
 * (those its workers arrived in or live in: the share of inspected ones whose latest inspection passed, and the share
 * of present workers in inspected units who live in one that passed), and open condition reports by category and age.
 */
@Service
class SeasonOverview {

    record Figures(int season, Map<String, Map<String, Integer>> arrivalsPerWeekByCountry,
                   Map<String, Map<String, Integer>> arrivalsPerWeekByRegion, Map<String, Integer> presentByCountry,
                   Map<String, Integer> presentByStream, Map<String, Integer> absentByCountry, int present, int absent,
                   int inspectedUnits, int compliantUnits, Double unitComplianceRate, int workersInInspectedUnits,
                   int workersInCompliantUnits, Double workerComplianceRate,
                   Map<String, Map<String, Integer>> openReportsByCategoryAndAge) {
    }

    private final MongoTemplate mongo;
    private final Clock clock;

    SeasonOverview(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    Figures of(int season) {
        Map<String, Document> units = SUMMARY_BUCKETS.entries(mongo, HOUSING_SUMMARY, HOUSING_SUMMARY_ID, "units");

        Map<String, Map<String, Integer>> byCountry = new TreeMap<>();
        Map<String, Map<String, Integer>> byRegion = new TreeMap<>();
        java.util.Set<String> arrivalUnits = new java.util.TreeSet<>();
        for (Map.Entry<String, List<Document>> week : byScope(COUNTRY_WEEKS, "week").entrySet()) {
            Document first = week.getValue().get(0);
            for (Document arrival : Buckets.merged(week.getValue(), "arrivals").values()) {
                if (Views.number(arrival, "season") != season) {
                    continue;
                }
                String w = first.getString("week");
                add(byCountry.computeIfAbsent(w, k -> new TreeMap<>()), first.getString("country"));
                if (arrival.getString("housingUnitId") != null) {
                    arrivalUnits.add(arrival.getString("housingUnitId"));
                }
                Document unit = units.get(arrival.getString("housingUnitId"));
                String region = unit == null || unit.getString("region") == null ? "?" : unit.getString("region");
                add(byRegion.computeIfAbsent(w, k -> new TreeMap<>()), region);
            }
        }

        Map<String, Integer> presentByCountry = new TreeMap<>();
        Map<String, Integer> presentByStream = new TreeMap<>();
        Map<String, Integer> absentByCountry = new TreeMap<>();
        Map<String, Integer> presentByUnit = new TreeMap<>();
        int present = 0;
        int absent = 0;
        for (Map.Entry<String, List<Document>> nationals : byScope(NATIONALS, null).entrySet()) {
            String country = nationals.getValue().get(0).getString("country");
            for (Document national : Buckets.merged(nationals.getValue(), "members").values()) {
                if (Views.number(national, "season") != season) {
                    continue;
                }
                if ("PRESENT".equals(national.getString("status"))) {
                    present++;
                    add(presentByCountry, country);
                    add(presentByStream, String.valueOf(national.getString("stream")));
                    if (national.getString("housingUnitId") != null) {
                        add(presentByUnit, national.getString("housingUnitId"));
                    }
                } else if ("ABSENT".equals(national.getString("status"))) {
                    absent++;
                    add(absentByCountry, country);
                }
            }
        }

        // the season's units: those its workers arrived in or live in now
        java.util.Set<String> seasonUnits = new java.util.TreeSet<>(arrivalUnits);
        seasonUnits.addAll(presentByUnit.keySet());
        int inspected = 0;
        int compliant = 0;
        int workersInspected = 0;
        int workersCompliant = 0;
        for (String unitId : seasonUnits) {
            Document unit = units.get(unitId);
            if (unit == null || !Boolean.TRUE.equals(unit.getBoolean("inspected"))) {
                continue;
            }
            int occupants = presentByUnit.getOrDefault(unitId, 0);
            inspected++;
            workersInspected += occupants;
            if ("COMPLIANT".equals(unit.getString("result"))) {
                compliant++;
                workersCompliant += occupants;
            }
        }

        Instant now = clock.instant();
        Map<String, Map<String, Integer>> reports = new TreeMap<>();
        for (Document country : Views.all(mongo, COUNTRY_REPORTS)) {
            for (Document report : Views.entries(country, "reports").values()) {
                if (!"OPEN".equals(report.getString("status"))) {
                    continue;
                }
                add(reports.computeIfAbsent(report.getString("category"), k -> new TreeMap<>()),
                        age(Views.date(report, "filedAt"), now));
            }
        }
        return new Figures(season, byCountry, byRegion, presentByCountry, presentByStream, absentByCountry, present,
                absent, inspected, compliant, rate(compliant, inspected), workersInspected, workersCompliant,
                rate(workersCompliant, workersInspected), reports);
    }

    /**
     * Every document of a collection of per-scope buckets, grouped by scope (a country and, with {@code alsoBy}, its
     * week): the buckets of one scope hold each entry once, but a document of an earlier version may hold it too.
     */
    private Map<String, List<Document>> byScope(String collection, String alsoBy) {
        Map<String, List<Document>> scopes = new TreeMap<>();
        for (Document bucket : Views.all(mongo, collection)) {
            String scope = bucket.getString("country") + (alsoBy == null ? "" : "|" + bucket.getString(alsoBy));
            scopes.computeIfAbsent(scope, k -> new ArrayList<>()).add(bucket);
        }
        return scopes;
    }

    static String age(Date filedAt, Instant now) {
        if (filedAt == null) {
            return "unknown";
        }
        Duration age = Duration.between(filedAt.toInstant(), now);
        if (age.compareTo(Duration.ofHours(24)) < 0) {
            return "under24h";
        }
        return age.compareTo(Duration.ofHours(72)) < 0 ? "24to72h" : "over72h";
    }

    private static Double rate(int part, int whole) {
        return whole == 0 ? null : Math.round(10000.0 * part / whole) / 10000.0;
    }

    private static void add(Map<String, Integer> counts, String key) {
        counts.merge(key, 1, Integer::sum);
    }
}
