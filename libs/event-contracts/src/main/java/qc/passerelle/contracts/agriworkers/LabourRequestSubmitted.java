package qc.passerelle.contracts.agriworkers;

import qc.passerelle.contracts.MobilityEvent;
import java.time.LocalDate;
import java.util.List;

/** Event agri-workers.LabourRequestSubmitted v1; subject = labourRequestId. */
public record LabourRequestSubmitted(
        String labourRequestId,
        String employerId,
        int season,
        WorkerStream stream,
        int positions,
        List<String> sendingCountries,
        LocalDate arrivalWindowStart,
        LocalDate arrivalWindowEnd,
        List<String> housingUnitIds) implements MobilityEvent {

    @Override
    public String subject() {
        return labourRequestId;
    }
}
