package qc.passerelle.contracts.alerts;

import qc.passerelle.contracts.MobilityEvent;
import java.time.LocalDate;

/** Event alerts.ConditionReportUnanswered v1; subject = reportId. */
public record ConditionReportUnanswered(
        String alertId,
        String reportId,
        String workerId,
        String citizenship,
        String employerId,
        LocalDate openSince) implements MobilityEvent {

    @Override
    public String subject() {
        return reportId;
    }
}
