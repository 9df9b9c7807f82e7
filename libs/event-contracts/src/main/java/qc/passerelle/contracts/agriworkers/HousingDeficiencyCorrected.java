package qc.passerelle.contracts.agriworkers;

import qc.passerelle.contracts.MobilityEvent;
import java.time.LocalDate;

/** Event agri-workers.HousingDeficiencyCorrected v1; subject = housingUnitId. */
public record HousingDeficiencyCorrected(
        String housingUnitId,
        String inspectionId,
        String deficiencyId,
        LocalDate correctedOn) implements MobilityEvent {

    @Override
    public String subject() {
        return housingUnitId;
    }
}
