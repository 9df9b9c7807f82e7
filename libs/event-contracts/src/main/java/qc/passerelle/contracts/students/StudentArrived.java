package qc.passerelle.contracts.students;

import qc.passerelle.contracts.MobilityEvent;
import java.time.LocalDate;

/** Event students.StudentArrived v1; subject = prospectId. */
public record StudentArrived(
        String prospectId,
        String institutionId,
        String programId,
        String citizenship,
        LocalDate arrivedOn) implements MobilityEvent {

    @Override
    public String subject() {
        return prospectId;
    }
}
