package qc.passerelle.francization;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.common.utils.Utils;
import qc.passerelle.contracts.EventEnvelope;
import qc.passerelle.contracts.EventFixtures;
import qc.passerelle.contracts.MobilityEvent;
import qc.passerelle.contracts.agriworkers.HousingUnitRegistered;
import qc.passerelle.contracts.agriworkers.WorkerArrived;
import qc.passerelle.contracts.recruiting.EmploymentOfferAccepted;
import qc.passerelle.contracts.students.AdmissionGranted;
import qc.passerelle.contracts.students.TeachingLanguage;

/** The other contexts' events this service reacts to, built from the contracts' fixtures with fresh ids. */
final class Events {

    /** As many partitions as the topics of the catalogue have in tests. */
    private static final int PARTITIONS = 3;

    private Events() {
    }

    static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
    }

    /**
     * A fresh id whose records land on the same partition as {@code key}'s: once an event under it has been applied,
     * every event published before it under {@code key} has been applied too (a partition is consumed in order).
     */
    static String onSamePartitionAs(String key, String prefix) {
        while (true) {
            String candidate = id(prefix);
            if (partition(candidate) == partition(key)) {
                return candidate;
            }
        }
    }

    private static int partition(String key) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % PARTITIONS;
    }

    static EventEnvelope envelope(MobilityEvent event, long sequence) {
        return EventEnvelope.wrap(event, Instant.now(), sequence);
    }

    static EmploymentOfferAccepted offerAccepted(String offerId, String candidateId, String employerId,
                                                 String citizenship, Integer declaredLevel) {
        EmploymentOfferAccepted s = EventFixtures.sample(EmploymentOfferAccepted.class);
        return new EmploymentOfferAccepted(offerId, candidateId, employerId, s.jobOfferId(), s.missionId(),
                s.givenName(), s.familyName(), citizenship, s.birthYear(), s.startDate(), declaredLevel);
    }

    static AdmissionGranted admission(String applicationId, String prospectId, TeachingLanguage language,
                                      Integer declaredLevel) {
        AdmissionGranted s = EventFixtures.sample(AdmissionGranted.class);
        return new AdmissionGranted(applicationId, prospectId, s.programId(), s.institutionId(), language,
                declaredLevel, s.intakeTerm(), s.givenName(), s.familyName(), s.citizenship(), s.birthYear());
    }

    static WorkerArrived arrival(String workerId, String employerId, String housingUnitId) {
        WorkerArrived s = EventFixtures.sample(WorkerArrived.class);
        return new WorkerArrived(workerId, s.givenName(), s.familyName(), s.citizenship(), s.birthYear(), s.stream(),
                employerId, housingUnitId, s.season(), s.arrivalDate(), s.flightNumber(), s.returning());
    }

    static HousingUnitRegistered unit(String housingUnitId, String employerId, String region) {
        HousingUnitRegistered s = EventFixtures.sample(HousingUnitRegistered.class);
        return new HousingUnitRegistered(housingUnitId, employerId, s.address(), region, s.roomCount(), s.bedCount());
    }
}
