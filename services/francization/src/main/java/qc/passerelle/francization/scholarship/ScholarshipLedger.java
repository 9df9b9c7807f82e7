package qc.passerelle.francization.scholarship;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The budget's side of an award, each step one conditional write on the budget's document: the database itself
 * refuses a reservation that does not fit in what remains, so two awards racing for the last dollars cannot both get
 * them. A reservation is named by the scholarship's id: reserving it again changes nothing.
 */
@Component
public class ScholarshipLedger {

    public enum Outcome { RESERVED, NO_BUDGET, EXCEEDED }

    public record Reservation(Outcome outcome, ScholarshipBudget budget) {
    }

    private final MongoTemplate mongo;
    private final Clock clock;

    ScholarshipLedger(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public Reservation reserve(String budgetId, String scholarshipId, String enrolmentId, long cents) {
        ScholarshipBudget reserved = mongo.findAndModify(
                query(where("_id").is(budgetId).and("remainingCents").gte(cents).and("awards.scholarshipId").ne(scholarshipId)),
                new Update().inc("remainingCents", -cents).inc("awardedCents", cents).push("awards",
                        new ScholarshipBudget.Award(scholarshipId, enrolmentId, cents, clock.instant(), false)),
                FindAndModifyOptions.options().returnNew(true), ScholarshipBudget.class, ScholarshipBudget.COLLECTION);
        if (reserved != null) {
            return new Reservation(Outcome.RESERVED, reserved);
        }
        ScholarshipBudget budget = mongo.findById(budgetId, ScholarshipBudget.class, ScholarshipBudget.COLLECTION);
        if (budget == null) {
            return new Reservation(Outcome.NO_BUDGET, null);
        }
        boolean mine = budget.awards().stream().anyMatch(a -> a.scholarshipId().equals(scholarshipId));
        return new Reservation(mine ? Outcome.RESERVED : Outcome.EXCEEDED, budget);
    }

    /** The enrolment carries the scholarship: the reservation is for good. */
    public void confirm(String budgetId, String scholarshipId) {
        mongo.updateFirst(query(where("_id").is(budgetId).and("awards.scholarshipId").is(scholarshipId)),
                new Update().set("awards.$.confirmed", true), ScholarshipBudget.COLLECTION);
    }

    /** Gives an unconfirmed reservation back to the budget; a confirmed one is never given back. */
    public boolean release(String budgetId, String scholarshipId) {
        ScholarshipBudget budget = mongo.findById(budgetId, ScholarshipBudget.class, ScholarshipBudget.COLLECTION);
        if (budget == null) {
            return false;
        }
        return budget.awards().stream().filter(a -> a.scholarshipId().equals(scholarshipId) && !a.confirmed())
                .findFirst().map(award -> mongo.updateFirst(query(where("_id").is(budgetId).and("awards").elemMatch(
                                Criteria.where("scholarshipId").is(scholarshipId).and("confirmed").is(false))),
                        new Update().pull("awards", new Document("scholarshipId", scholarshipId))
                                .inc("remainingCents", award.amountCents()).inc("awardedCents", -award.amountCents()),
                        ScholarshipBudget.COLLECTION).getModifiedCount() == 1)
                .orElse(false);
    }
}
