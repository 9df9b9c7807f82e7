package qc.passerelle.recruiting.immigration;

import java.util.Optional;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * A candidate holds at most one accepted offer. The claim is the immigration file itself, one per candidate under the
 * candidate's id: the first acceptance creates it and the store's {@code _id} refuses any other, so two acceptances
 * racing each other cannot both claim. The offer's own write (and its event) comes second; see ADR 0011 for why this
 * order is safe across a crash, and how a claim is moved or released when its offer can no longer be accepted.
 */
@Repository
public class HireClaims {

    /** Who holds the candidate's hire now. */
    public sealed interface Claim {
        record Ours() implements Claim {
        }

        record HeldBy(String offerId) implements Claim {
        }
    }

    private final MongoTemplate mongo;
    private final Clock clock;

    HireClaims(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public Claim claim(Hire hire) {
        try {
            mongo.insert(file(hire), ImmigrationFile.COLLECTION);
            return new Claim.Ours();
        } catch (DuplicateKeyException taken) {
            ImmigrationFile held = mongo.findById(hire.candidateId(), ImmigrationFile.class, ImmigrationFile.COLLECTION);
            if (held == null) {
                return claim(hire); // released in between: try again
            }
            return held.offerId().equals(hire.offerId()) ? new Claim.Ours() : new Claim.HeldBy(held.offerId());
        }
    }

    /**
     * Moves a claim whose offer can never be accepted (declined) to another offer: conditional on the claim still
     * naming that offer and the file never having moved on (no step, no event), in one write.
     */
    public boolean move(String fromOfferId, Hire to) {
        ImmigrationFile fresh = file(to);
        Update update = new Update().set("offerId", to.offerId()).set("applicationId", to.applicationId())
                .set("employerId", to.employerId()).set("jobOfferId", to.jobOfferId()).set("missionId", to.missionId())
                .set("citizenship", to.citizenship()).set("lmiaRequired", to.lmiaRequired())
                .set("claimedAt", fresh.claimedAt());
        return mongo.updateFirst(query(where("_id").is(to.candidateId()).and("offerId").is(fromOfferId)
                .and("version").is(0)), update, ImmigrationFile.COLLECTION).getModifiedCount() == 1;
    }

    /** The offer that holds the candidate's hire, if any. */
    public Optional<String> holder(String candidateId) {
        return Optional.ofNullable(mongo.findById(candidateId, ImmigrationFile.class, ImmigrationFile.COLLECTION))
                .map(ImmigrationFile::offerId);
    }

    /** Gives a claim back when its own offer could not be accepted after all (declined meanwhile). */
    public void release(String candidateId, String offerId) {
        mongo.remove(query(where("_id").is(candidateId).and("offerId").is(offerId).and("version").is(0)),
                ImmigrationFile.COLLECTION);
    }

    private ImmigrationFile file(Hire hire) {
        return new ImmigrationFile(hire.candidateId(), hire.candidateId(), hire.offerId(), hire.applicationId(),
                hire.employerId(), hire.jobOfferId(), hire.missionId(), hire.citizenship(), hire.lmiaRequired(),
                List.of(), null, clock.instant(), List.of(), 0, List.of(), false);
    }
}
