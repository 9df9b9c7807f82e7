package qc.passerelle.recruiting.candidate;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import qc.passerelle.security.Role;
import qc.passerelle.security.ScopePolicy;

/** Which profiles a caller may read: MIFI and recruiters all, a candidate their own. */
public final class CandidateScope {

    public static final ScopePolicy POLICY = ScopePolicy.named("candidates")
            .everything(Role.MIFI)
            .everything(Role.RECRUITER)
            .where(Role.CANDIDATE, caller -> where("_id").is(caller.subject()))
            .build();

    private CandidateScope() {
    }
}
