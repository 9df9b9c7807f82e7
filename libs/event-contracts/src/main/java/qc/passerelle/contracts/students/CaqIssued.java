package qc.passerelle.contracts.students;

import qc.passerelle.contracts.MobilityEvent;
import java.time.LocalDate;

/** Event students.CaqIssued v1; subject = prospectId. */
public record CaqIssued(
        String prospectId,
        String applicationId,
        LocalDate issuedOn,
        LocalDate validUntil) implements MobilityEvent {

    @Override
    public String subject() {
        return prospectId;
    }
}
