package qc.passerelle.contracts.students;

import java.time.LocalDate;
import qc.passerelle.contracts.MobilityEvent;

/** The federal study permit of an admitted prospect who holds a CAQ: what an arrival needs. */
public record StudyPermitIssued(
        String prospectId,
        String applicationId,
        LocalDate issuedOn,
        LocalDate validUntil) implements MobilityEvent {

    @Override
    public String subject() {
        return prospectId;
    }
}
