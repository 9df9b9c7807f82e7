package qc.passerelle.francization.scholarship;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import qc.passerelle.francization.enrolment.EnrolmentStore;

/**
 * Settles reservations that an award left unconfirmed (the service stopped between the budget and the enrolment, or
 * the confirmation failed): confirmed if the enrolment carries the scholarship from this budget, given back to the
 * budget if not. Off the command path, on a slow timer; a reservation is left alone for a grace period so that an
 * award being written right now is not robbed. Budgets are few (one per program and year), so reading those with
 * unconfirmed reservations is cheap; each enrolment is read by id.
 */
@Component
public class OrphanAwardSweep {

    private static final Logger log = LoggerFactory.getLogger(OrphanAwardSweep.class);
    static final Duration GRACE = Duration.ofMinutes(5);

    private final MongoTemplate mongo;
    private final ScholarshipLedger ledger;
    private final EnrolmentStore enrolments;
    private final Clock clock;

    OrphanAwardSweep(MongoTemplate mongo, ScholarshipLedger ledger, EnrolmentStore enrolments, Clock clock) {
        this.mongo = mongo;
        this.ledger = ledger;
        this.enrolments = enrolments;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT5M")
    void sweep() {
        sweep(clock.instant().minus(GRACE));
    }

    /** Settles the reservations made before {@code reservedBefore}; answers how many went back to their budget. */
    public int sweep(Instant reservedBefore) {
        Query unconfirmed = query(where("awards.confirmed").is(false));
        unconfirmed.cursorBatchSize(100);
        int released = 0;
        for (ScholarshipBudget budget : mongo.find(unconfirmed, ScholarshipBudget.class, ScholarshipBudget.COLLECTION)) {
            for (ScholarshipBudget.Award award : budget.awards()) {
                if (award.confirmed() || !award.reservedAt().isBefore(reservedBefore)) {
                    continue;
                }
                boolean recorded = enrolments.findById(award.enrolmentId()).map(e -> e.scholarships().stream()
                        .anyMatch(s -> s.scholarshipId().equals(award.scholarshipId())
                                && budget.id().equals(s.budgetId()))).orElse(false);
                if (recorded) {
                    ledger.confirm(budget.id(), award.scholarshipId());
                } else if (ledger.release(budget.id(), award.scholarshipId())) {
                    released++;
                }
            }
        }
        if (released > 0) {
            log.info("gave {} scholarship reservation(s) that no enrolment recorded back to their budgets", released);
        }
        return released;
    }
}
