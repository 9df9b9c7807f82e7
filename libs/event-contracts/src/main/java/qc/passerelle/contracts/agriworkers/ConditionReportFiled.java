package qc.passerelle.contracts.agriworkers;

import qc.passerelle.contracts.MobilityEvent;

/** Event agri-workers.ConditionReportFiled v1; subject = reportId. */
public record ConditionReportFiled(
        String reportId,
        String workerId,
        String citizenship,
        String employerId,
        String housingUnitId,
        ReportFiler filedBy,
        ReportCategory category,
        ReportLanguage language) implements MobilityEvent {

    @Override
    public String subject() {
        return reportId;
    }
}
