package qc.passerelle.agri.report;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import qc.passerelle.contracts.agriworkers.ReportCategory;
import qc.passerelle.contracts.agriworkers.ReportFiler;
import qc.passerelle.contracts.agriworkers.ReportLanguage;
import qc.passerelle.messaging.outbox.PendingEvent;

/**
 * A report on a worker's conditions, with its text kept as written (French, Spanish or English). The text stays in
 * this service: events say that a report exists, never what it says.
 */
public record ConditionReport(@Id String id, String workerId, String citizenship, String employerId,
                              String housingUnitId, ReportFiler filedBy, String filedBySubject, ReportCategory category,
                              ReportLanguage language, String text, ReportStatus status, Instant filedAt,
                              Instant acknowledgedAt, Instant resolvedAt, String resolutionNote,
                              String idempotencyKey, long version, List<PendingEvent> outbox, boolean outboxPending) {

    public static final String COLLECTION = "condition_reports";

    public enum ReportStatus { OPEN, ACKNOWLEDGED, RESOLVED }

    public record View(String reportId, String workerId, String citizenship, String employerId, String housingUnitId,
                       ReportFiler filedBy, ReportCategory category, ReportLanguage language, String text,
                       ReportStatus status, Instant filedAt, Instant acknowledgedAt, Instant resolvedAt,
                       String resolutionNote) {
    }

    public View view() {
        return new View(id, workerId, citizenship, employerId, housingUnitId, filedBy, category, language, text, status,
                filedAt, acknowledgedAt, resolvedAt, resolutionNote);
    }
}
