package qc.passerelle.francization.enrolment;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import qc.passerelle.web.ConflictException;

/**
 * One small document per person ({@value #COLLECTION}, id = person id) that says which enrolment is their active one,
 * so that "this person already has an active enrolment" is read by id and settled by one conditional write, never by
 * searching the enrolments. It also lists the person's enrolments (for the per-person query) and the causes that were
 * turned down because the person was busy, so that a replay decides them the same way again.
 *
 * <p>The claim is written before the enrolment that becomes active, and released after it ends. A crash in between
 * leaves a claim whose enrolment does not exist yet, is still an offer, or is over; {@link ClaimRule} says when such a
 * claim no longer holds, and the next claim takes it over by the same conditional write.
 */
@Repository
class PersonClaims {

    private static final Logger log = LoggerFactory.getLogger(PersonClaims.class);
    static final String COLLECTION = "people";
    private static final int TRIES = 5;

    record PersonDocument(@Id String id, String activeEnrolmentId, Instant claimedAt, List<String> enrolmentIds,
                          List<String> skipped) {
        public List<String> enrolmentIds() {
            return enrolmentIds == null ? List.of() : enrolmentIds;
        }

        public List<String> skipped() {
            return skipped == null ? List.of() : skipped;
        }
    }

    /** Whether the enrolment now holds its person; if not, which one does, and whether that was decided before. */
    record Claim(boolean granted, String holder, boolean decidedBefore) {
    }

    private final MongoTemplate mongo;
    private final EnrolmentStore enrolments;
    private final Clock clock;

    PersonClaims(MongoTemplate mongo, EnrolmentStore enrolments, Clock clock) {
        this.mongo = mongo;
        this.enrolments = enrolments;
        this.clock = clock;
    }

    Claim claim(String personId, String enrolmentId) {
        for (int attempt = 0; attempt < TRIES; attempt++) {
            PersonDocument person = read(personId);
            if (person.skipped().contains(enrolmentId)) {
                return new Claim(false, person.activeEnrolmentId(), true);
            }
            String holder = person.activeEnrolmentId();
            if (holder != null && !holder.equals(enrolmentId) && stillHolds(holder, person.claimedAt())) {
                return new Claim(false, holder, false);
            }
            // conditional on the holder read: of two enrolments claiming at once, one wins, the other reads again
            long matched = mongo.updateFirst(query(where("_id").is(personId).and("activeEnrolmentId").is(holder)
                            .and("skipped").ne(enrolmentId)),
                    new Update().set("activeEnrolmentId", enrolmentId).set("claimedAt", clock.instant())
                            .addToSet("enrolmentIds", enrolmentId), COLLECTION).getMatchedCount();
            if (matched == 1) {
                return new Claim(true, enrolmentId, false);
            }
        }
        throw new ConflictException("person " + personId + " has enrolments changing right now; try again");
    }

    /** The cause is turned down for good: a replay will find it here and turn it down again. */
    void recordSkipped(String personId, String enrolmentId) {
        mongo.updateFirst(query(where("_id").is(personId).and("activeEnrolmentId").ne(enrolmentId)),
                new Update().addToSet("skipped", enrolmentId), COLLECTION);
    }

    /** Lists an enrolment under its person without claiming them (an offer). */
    void list(String personId, String enrolmentId) {
        mongo.upsert(query(where("_id").is(personId)), new Update().addToSet("enrolmentIds", enrolmentId), COLLECTION);
    }

    /** Frees the person once their enrolment is over; a failure here only leaves a claim that no longer holds. */
    void release(String personId, String enrolmentId) {
        try {
            mongo.updateFirst(query(where("_id").is(personId).and("activeEnrolmentId").is(enrolmentId)),
                    new Update().unset("activeEnrolmentId").unset("claimedAt"), COLLECTION);
        } catch (DataAccessException e) {
            log.warn("the claim of enrolment {} on its person stays until the next claim takes it over: {}",
                    enrolmentId, e.toString());
        }
    }

    List<String> enrolmentIdsOf(String personId) {
        PersonDocument person = mongo.findById(personId, PersonDocument.class, COLLECTION);
        return person == null ? List.of() : person.enrolmentIds();
    }

    private boolean stillHolds(String holder, Instant claimedAt) {
        EnrolmentStatus status = enrolments.findById(holder).map(Enrolment::status).orElse(null);
        return ClaimRule.holds(status, claimedAt, clock.instant());
    }

    private PersonDocument read(String personId) {
        try {
            return mongo.findAndModify(query(where("_id").is(personId)),
                    new Update().setOnInsert("enrolmentIds", List.of()).setOnInsert("skipped", List.of()),
                    FindAndModifyOptions.options().upsert(true).returnNew(true), PersonDocument.class, COLLECTION);
        } catch (DuplicateKeyException raced) {
            return mongo.findById(personId, PersonDocument.class, COLLECTION);
        }
    }
}
