package qc.passerelle.commonview.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import qc.passerelle.contracts.EventEnvelope;
import qc.passerelle.contracts.MobilityEvent;
import qc.passerelle.contracts.agriworkers.ConditionReportFiled;
import qc.passerelle.contracts.agriworkers.ConditionReportResolved;
import qc.passerelle.contracts.agriworkers.Deficiency;
import qc.passerelle.contracts.agriworkers.DepartureReason;
import qc.passerelle.contracts.agriworkers.HousingInspected;
import qc.passerelle.contracts.agriworkers.HousingUnitRegistered;
import qc.passerelle.contracts.agriworkers.InspectionResult;
import qc.passerelle.contracts.agriworkers.ReportCategory;
import qc.passerelle.contracts.agriworkers.ReportFiler;
import qc.passerelle.contracts.agriworkers.ReportLanguage;
import qc.passerelle.contracts.agriworkers.WorkerAbsent;
import qc.passerelle.contracts.agriworkers.WorkerArrived;
import qc.passerelle.contracts.agriworkers.WorkerDeparted;
import qc.passerelle.contracts.agriworkers.WorkerStream;
import qc.passerelle.testsupport.KafkaTestClient;

/**
 * The agri-workers events of a season, as {@code agricultural-workers} publishes them (same records, same
 * sequences per aggregate: 1, 2, 3...), posted on the real topic. Ids are unique per test run.
 */
public final class Season {

    public static final int YEAR = 2026;
    private static final List<String> UNUSED_COUNTRIES = unusedCountries();
    private static final AtomicInteger nextUnusedCountry = new AtomicInteger();

    private final KafkaTestClient kafka;
    private final int year;
    private final Map<String, AtomicLong> sequences = new ConcurrentHashMap<>();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    public Season(KafkaTestClient kafka) {
        this(kafka, YEAR);
    }

    public Season(KafkaTestClient kafka, int year) {
        this.kafka = kafka;
        this.year = year;
    }

    /**
     * A country no other test of this JVM posts workers of (they share the topics and the store), so a list of its
     * nationals holds the calling test's workers only: each call hands out a code not handed out before (drawn at
     * random, two tests could get the same one and count each other's workers).
     */
    public static String unusedCountry() {
        return UNUSED_COUNTRIES.get(nextUnusedCountry.getAndIncrement() % UNUSED_COUNTRIES.size());
    }

    private static List<String> unusedCountries() {
        List<String> codes = new ArrayList<>(List.of(Locale.getISOCountries()));
        codes.removeAll(List.of("GT", "MX", "HN", "JM", "SV", "CO", "HT", "CU", "DO", "PE", "BR", "FR", "CA"));
        Collections.shuffle(codes);
        return List.copyOf(codes);
    }

    public int year() {
        return year;
    }

    public String id(String prefix) {
        return prefix + "-" + run + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public void post(MobilityEvent event) {
        long sequence = sequences.computeIfAbsent(event.subject(), s -> new AtomicLong()).incrementAndGet();
        kafka.publish(EventEnvelope.wrap(event, Instant.now(), sequence));
    }

    public String unit(String employerId, String region) {
        String unitId = id("unit");
        post(new HousingUnitRegistered(unitId, employerId, "1200, rang Saint-Joseph, Saint-Rémi", region, 2, 8));
        return unitId;
    }

    public String inspect(String unitId, String employerId, InspectionResult result, int capacity, LocalDate deadline) {
        String inspectionId = id("insp");
        List<Deficiency> deficiencies = result == InspectionResult.COMPLIANT ? List.of()
                : List.of(new Deficiency("def-1", "TOILETS_PER_OCCUPANTS", "1 per 5", "1 per 8", deadline));
        post(new HousingInspected(inspectionId, unitId, employerId, "inspector-07", "CNESST_2026_DRAFT", 1, result,
                capacity, deficiencies, LocalDate.of(year, 4, 20)));
        return inspectionId;
    }

    public String arrive(String country, String employerId, String unitId, LocalDate on) {
        String workerId = id("wkr-" + country.toLowerCase());
        post(new WorkerArrived(workerId, "Ana", "López " + workerId.substring(workerId.length() - 4), country, 1990,
                "MX".equals(country) ? WorkerStream.SAWP : WorkerStream.TFWP_AGRICULTURAL, employerId, unitId, year,
                on, "AM680", false));
        return workerId;
    }

    public void absent(String workerId, String country, String employerId, String unitId, LocalDate lastSeenOn) {
        post(new WorkerAbsent(workerId, country, employerId, unitId, lastSeenOn));
    }

    public void depart(String workerId, String country, String employerId, LocalDate on) {
        post(new WorkerDeparted(workerId, country, employerId, on, DepartureReason.END_OF_CONTRACT));
    }

    public String fileReport(String workerId, String country, String employerId, String unitId) {
        String reportId = id("rep");
        post(new ConditionReportFiled(reportId, workerId, country, employerId, unitId, ReportFiler.CONSULATE,
                ReportCategory.HOUSING, ReportLanguage.ES));
        return reportId;
    }

    public void resolveReport(String reportId, String workerId, String country, String employerId) {
        post(new ConditionReportResolved(reportId, workerId, country, employerId, LocalDate.of(year, 5, 1)));
    }
}
