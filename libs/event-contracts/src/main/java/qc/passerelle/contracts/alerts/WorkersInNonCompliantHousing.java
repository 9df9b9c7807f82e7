package qc.passerelle.contracts.alerts;

import qc.passerelle.contracts.MobilityEvent;
import java.util.List;

/** Event alerts.WorkersInNonCompliantHousing v1; subject = housingUnitId. */
public record WorkersInNonCompliantHousing(
        String alertId,
        String housingUnitId,
        String employerId,
        String inspectionId,
        List<String> workerIds,
        List<String> citizenships) implements MobilityEvent {

    @Override
    public String subject() {
        return housingUnitId;
    }
}
