package qc.passerelle.recruiting.offer;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import qc.passerelle.security.Role;
import qc.passerelle.security.ScopePolicy;

/** Which employment offers a caller may see and act on: MIFI and recruiters all, the employer its own, a candidate theirs. */
public final class EmploymentOfferScope {

    public static final ScopePolicy POLICY = ScopePolicy.named("employment offers")
            .everything(Role.MIFI)
            .everything(Role.RECRUITER)
            .where(Role.EMPLOYER, caller -> where("employerId").is(caller.employerId()))
            .where(Role.CANDIDATE, caller -> where("candidateId").is(caller.subject()))
            .build();

    private EmploymentOfferScope() {
    }
}
