package qc.passerelle.contracts.recruiting;

import qc.passerelle.contracts.MobilityEvent;
import java.util.List;

/** Event recruiting.EmployerJoinedMission v1; subject = missionId. */
public record EmployerJoinedMission(
        String missionId,
        String employerId,
        List<String> jobOfferIds) implements MobilityEvent {

    @Override
    public String subject() {
        return missionId;
    }
}
