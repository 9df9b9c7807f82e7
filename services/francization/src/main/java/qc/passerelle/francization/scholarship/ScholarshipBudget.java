package qc.passerelle.francization.scholarship;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import qc.passerelle.messaging.outbox.PendingEvent;

/**
 * A program's scholarship budget for one year, and what has been awarded from it. Every award is first reserved here
 * by one write conditional on what remains ({@link ScholarshipLedger}), so that concurrent awards can never spend
 * more than the budget; the award itself then lives in the enrolment it was given to, and is marked confirmed here.
 */
public record ScholarshipBudget(@Id String id, String program, String programName, int year, long totalCents,
                                long awardedCents, long remainingCents, List<Award> awards, Instant createdAt,
                                String idempotencyKey, long version, List<PendingEvent> outbox,
                                boolean outboxPending) {

    public static final String COLLECTION = "scholarship_budgets";

    /** One reservation; {@code confirmed} once the enrolment carries the scholarship. */
    public record Award(String scholarshipId, String enrolmentId, long amountCents, Instant reservedAt,
                        boolean confirmed) {
    }

    public static String idOf(String program, int year) {
        return "budget-" + program + "-" + year;
    }

    public List<Award> awards() {
        return awards == null ? List.of() : awards;
    }

    public record View(String budgetId, String program, String programName, int year, BigDecimal totalCad,
                       BigDecimal awardedCad, BigDecimal remainingCad, int awards) {
    }

    public View view() {
        return new View(id, program, programName, year, Money.dollars(totalCents), Money.dollars(awardedCents),
                Money.dollars(remainingCents), awards().size());
    }
}
