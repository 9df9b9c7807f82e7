package qc.passerelle.recruiting.candidate;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
public class CandidateRepository {

    private final MongoTemplate mongo;

    CandidateRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<Candidate> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, Candidate.class, Candidate.COLLECTION));
    }

    public Optional<Candidate> findInScope(String id, Criteria scope) {
        return Optional.ofNullable(mongo.findOne(query(where("_id").is(id).andOperator(scope)), Candidate.class,
                Candidate.COLLECTION));
    }

    /** Adds an application to the candidate's own list, before the application is written (see {@link Candidate}). */
    public void rememberApplication(String candidateId, String applicationId) {
        mongo.updateFirst(query(where("_id").is(candidateId)), new Update().addToSet("applicationIds", applicationId),
                Candidate.COLLECTION);
    }

    Candidate insert(Candidate candidate) {
        return mongo.insert(candidate, Candidate.COLLECTION);
    }
}
