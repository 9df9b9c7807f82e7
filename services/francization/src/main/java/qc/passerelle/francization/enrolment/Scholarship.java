package qc.passerelle.francization.enrolment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A scholarship awarded to the enrolment's person, kept in the enrolment: {@code ScholarshipAwarded} is an event of
 * the enrolment (its subject), so it must come out of the enrolment's own outbox to be numbered in its sequence.
 * Amounts are kept in cents, so that budgets add up exactly.
 */
public record Scholarship(String scholarshipId, String budgetId, String program, String programName, long amountCents,
                          String accessPointId, LocalDate periodStart, LocalDate periodEnd, Instant awardedAt) {

    public BigDecimal amountCad() {
        return BigDecimal.valueOf(amountCents, 2);
    }
}
