package qc.passerelle.contracts.alerts;

import qc.passerelle.contracts.MobilityEvent;
import java.util.List;

/** Event alerts.HousingOvercrowded v1; subject = housingUnitId. */
public record HousingOvercrowded(
        String alertId,
        String housingUnitId,
        String employerId,
        int approvedCapacity,
        int occupants,
        List<String> citizenships) implements MobilityEvent {

    @Override
    public String subject() {
        return housingUnitId;
    }
}
