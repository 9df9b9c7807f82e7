package qc.passerelle.contracts.recruiting;

import java.time.LocalDate;
import qc.passerelle.contracts.MobilityEvent;

/** A recruited candidate has arrived in Quebec: the last step of the immigration file, after the work permit. */
public record RecruitArrived(
        String candidateId,
        String offerId,
        String employerId,
        String citizenship,
        LocalDate arrivedOn) implements MobilityEvent {

    @Override
    public String subject() {
        return candidateId;
    }
}
