package qc.passerelle.recruiting.immigration;

import java.time.LocalDate;
import java.util.List;
import qc.passerelle.contracts.recruiting.ImmigrationStep;

/** A hire's file: the steps recorded, the one to work on next, and where it stands. */
public record ImmigrationFileResponse(String candidateId, String offerId, String employerId, String jobOfferId,
                                      String missionId, boolean lmiaRequired, List<ImmigrationStep> requiredSteps,
                                      List<ImmigrationFile.StepRecord> steps, String status, ImmigrationStep nextStep,
                                      LocalDate arrivedOn) {

    public static ImmigrationFileResponse of(ImmigrationFile f) {
        List<ImmigrationFile.StepRecord> steps = f.steps() == null ? List.of() : f.steps();
        ImmigrationStep next = ImmigrationPath.next(f.lmiaRequired(), steps).orElse(null);
        String status = f.arrivedOn() != null ? "ARRIVED" : ImmigrationPath.refused(steps) ? "REFUSED"
                : next == null ? "READY_TO_TRAVEL" : "IN_PROGRESS";
        return new ImmigrationFileResponse(f.candidateId(), f.offerId(), f.employerId(), f.jobOfferId(), f.missionId(),
                f.lmiaRequired(), ImmigrationPath.required(f.lmiaRequired()), steps, status,
                "IN_PROGRESS".equals(status) ? next : null, f.arrivedOn());
    }
}
