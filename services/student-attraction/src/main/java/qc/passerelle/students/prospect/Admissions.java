package qc.passerelle.students.prospect;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The admissions a CAQ can rest on, as the study applications record them. Implemented by the application feature,
 * so that a prospect's file does not depend on how applications are stored.
 */
public interface Admissions {

    /** The admission granted on {@code applicationId} to {@code prospectId}, if there is one. */
    Optional<Admission> granted(String applicationId, String prospectId);

    record Admission(String applicationId, String programId, String institutionId, LocalDate decidedOn) {
    }
}
