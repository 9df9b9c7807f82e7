package qc.passerelle.contracts.alerts;

import qc.passerelle.contracts.MobilityEvent;
import java.time.LocalDate;
import java.util.List;

/** Event alerts.DeficiencyOverdue v1; subject = housingUnitId. */
public record DeficiencyOverdue(
        String alertId,
        String housingUnitId,
        String employerId,
        String deficiencyId,
        LocalDate deadline,
        List<String> citizenships) implements MobilityEvent {

    @Override
    public String subject() {
        return housingUnitId;
    }
}
