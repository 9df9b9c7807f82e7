package qc.passerelle.contracts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The whole catalogue: finding every producer and consumer of an event starts here. */
public final class EventCatalogue {

    private static final List<EventType> TYPES = List.of(
            EventType.of(Context.RECRUITING, "EmployerRegistered", 1, qc.passerelle.contracts.recruiting.EmployerRegistered.class),
            EventType.of(Context.RECRUITING, "JobOfferPublished", 1, qc.passerelle.contracts.recruiting.JobOfferPublished.class),
            EventType.of(Context.RECRUITING, "JobOfferClosed", 1, qc.passerelle.contracts.recruiting.JobOfferClosed.class),
            EventType.of(Context.RECRUITING, "RecruitmentMissionScheduled", 1, qc.passerelle.contracts.recruiting.RecruitmentMissionScheduled.class),
            EventType.of(Context.RECRUITING, "EmployerJoinedMission", 1, qc.passerelle.contracts.recruiting.EmployerJoinedMission.class),
            EventType.of(Context.RECRUITING, "CandidateApplied", 1, qc.passerelle.contracts.recruiting.CandidateApplied.class),
            EventType.of(Context.RECRUITING, "InterviewScheduled", 1, qc.passerelle.contracts.recruiting.InterviewScheduled.class),
            EventType.of(Context.RECRUITING, "EmploymentOfferExtended", 1, qc.passerelle.contracts.recruiting.EmploymentOfferExtended.class),
            EventType.of(Context.RECRUITING, "EmploymentOfferAccepted", 1, qc.passerelle.contracts.recruiting.EmploymentOfferAccepted.class),
            EventType.of(Context.RECRUITING, "EmploymentOfferDeclined", 1, qc.passerelle.contracts.recruiting.EmploymentOfferDeclined.class),
            EventType.of(Context.RECRUITING, "ImmigrationStepCompleted", 1, qc.passerelle.contracts.recruiting.ImmigrationStepCompleted.class),
            EventType.of(Context.RECRUITING, "RecruitArrived", 1, qc.passerelle.contracts.recruiting.RecruitArrived.class),
            EventType.of(Context.STUDENTS, "InstitutionRegistered", 1, qc.passerelle.contracts.students.InstitutionRegistered.class),
            EventType.of(Context.STUDENTS, "StudyProgramListed", 1, qc.passerelle.contracts.students.StudyProgramListed.class),
            EventType.of(Context.STUDENTS, "PromotionEventScheduled", 1, qc.passerelle.contracts.students.PromotionEventScheduled.class),
            EventType.of(Context.STUDENTS, "StudentProspectRegistered", 1, qc.passerelle.contracts.students.StudentProspectRegistered.class),
            EventType.of(Context.STUDENTS, "StudyApplicationSubmitted", 1, qc.passerelle.contracts.students.StudyApplicationSubmitted.class),
            EventType.of(Context.STUDENTS, "AdmissionGranted", 1, qc.passerelle.contracts.students.AdmissionGranted.class),
            EventType.of(Context.STUDENTS, "AdmissionRefused", 1, qc.passerelle.contracts.students.AdmissionRefused.class),
            EventType.of(Context.STUDENTS, "CaqIssued", 1, qc.passerelle.contracts.students.CaqIssued.class),
            EventType.of(Context.STUDENTS, "StudyPermitIssued", 1, qc.passerelle.contracts.students.StudyPermitIssued.class),
            EventType.of(Context.STUDENTS, "StudentArrived", 1, qc.passerelle.contracts.students.StudentArrived.class),
            EventType.of(Context.FRANCIZATION, "FrancizationEnrolled", 1, qc.passerelle.contracts.francization.FrancizationEnrolled.class),
            EventType.of(Context.FRANCIZATION, "FrancizationLevelAttained", 1, qc.passerelle.contracts.francization.FrancizationLevelAttained.class),
            EventType.of(Context.FRANCIZATION, "FrancizationCompleted", 1, qc.passerelle.contracts.francization.FrancizationCompleted.class),
            EventType.of(Context.FRANCIZATION, "FrancizationAbandoned", 1, qc.passerelle.contracts.francization.FrancizationAbandoned.class),
            EventType.of(Context.FRANCIZATION, "ScholarshipAwarded", 1, qc.passerelle.contracts.francization.ScholarshipAwarded.class),
            EventType.of(Context.AGRI_WORKERS, "LabourRequestSubmitted", 1, qc.passerelle.contracts.agriworkers.LabourRequestSubmitted.class),
            EventType.of(Context.AGRI_WORKERS, "HousingUnitRegistered", 1, qc.passerelle.contracts.agriworkers.HousingUnitRegistered.class),
            EventType.of(Context.AGRI_WORKERS, "HousingInspected", 1, qc.passerelle.contracts.agriworkers.HousingInspected.class),
            EventType.of(Context.AGRI_WORKERS, "HousingDeficiencyCorrected", 1, qc.passerelle.contracts.agriworkers.HousingDeficiencyCorrected.class),
            EventType.of(Context.AGRI_WORKERS, "WorkerArrived", 1, qc.passerelle.contracts.agriworkers.WorkerArrived.class),
            EventType.of(Context.AGRI_WORKERS, "WorkerTransferred", 1, qc.passerelle.contracts.agriworkers.WorkerTransferred.class),
            EventType.of(Context.AGRI_WORKERS, "WorkerAbsent", 1, qc.passerelle.contracts.agriworkers.WorkerAbsent.class),
            EventType.of(Context.AGRI_WORKERS, "WorkerDeparted", 1, qc.passerelle.contracts.agriworkers.WorkerDeparted.class),
            EventType.of(Context.AGRI_WORKERS, "ConditionReportFiled", 1, qc.passerelle.contracts.agriworkers.ConditionReportFiled.class),
            EventType.of(Context.AGRI_WORKERS, "ConditionReportResolved", 1, qc.passerelle.contracts.agriworkers.ConditionReportResolved.class),
            EventType.of(Context.ALERTS, "WorkersInNonCompliantHousing", 1, qc.passerelle.contracts.alerts.WorkersInNonCompliantHousing.class),
            EventType.of(Context.ALERTS, "HousingOvercrowded", 1, qc.passerelle.contracts.alerts.HousingOvercrowded.class),
            EventType.of(Context.ALERTS, "DeficiencyOverdue", 1, qc.passerelle.contracts.alerts.DeficiencyOverdue.class),
            EventType.of(Context.ALERTS, "ConditionReportUnanswered", 1, qc.passerelle.contracts.alerts.ConditionReportUnanswered.class),
            EventType.of(Context.ALERTS, "WorkerMissing", 1, qc.passerelle.contracts.alerts.WorkerMissing.class));

    private static final Map<String, EventType> BY_CE_TYPE =
            TYPES.stream().collect(Collectors.toUnmodifiableMap(EventType::ceType, Function.identity()));
    private static final Map<Class<?>, EventType> BY_RECORD =
            TYPES.stream().collect(Collectors.toUnmodifiableMap(EventType::recordType, Function.identity()));

    private EventCatalogue() {
    }

    public static List<EventType> all() {
        return TYPES;
    }

    public static Optional<EventType> byCeType(String ceType) {
        return Optional.ofNullable(BY_CE_TYPE.get(ceType));
    }

    public static EventType of(MobilityEvent event) {
        return of(event.getClass());
    }

    public static EventType of(Class<?> recordType) {
        EventType type = BY_RECORD.get(recordType);
        if (type == null) {
            throw new IllegalArgumentException("Not in the event catalogue: " + recordType.getName());
        }
        return type;
    }
}
