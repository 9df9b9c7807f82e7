package qc.passerelle.contracts.agriworkers;

import qc.passerelle.contracts.MobilityEvent;
import java.time.LocalDate;

/** Event agri-workers.ConditionReportResolved v1; subject = reportId. */
public record ConditionReportResolved(
        String reportId,
        String workerId,
        String citizenship,
        String employerId,
        LocalDate resolvedOn) implements MobilityEvent {

    @Override
    public String subject() {
        return reportId;
    }
}
