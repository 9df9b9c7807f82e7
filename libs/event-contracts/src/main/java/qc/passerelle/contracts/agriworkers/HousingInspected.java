package qc.passerelle.contracts.agriworkers;

import qc.passerelle.contracts.MobilityEvent;
import java.time.LocalDate;
import java.util.List;

/** Event agri-workers.HousingInspected v1; subject = housingUnitId. */
public record HousingInspected(
        String inspectionId,
        String housingUnitId,
        String employerId,
        String inspectorId,
        String ruleSet,
        int ruleSetVersion,
        InspectionResult result,
        int approvedCapacity,
        List<Deficiency> deficiencies,
        LocalDate inspectedOn) implements MobilityEvent {

    @Override
    public String subject() {
        return housingUnitId;
    }
}
