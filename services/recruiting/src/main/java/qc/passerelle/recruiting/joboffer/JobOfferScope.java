package qc.passerelle.recruiting.joboffer;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import qc.passerelle.security.Role;
import qc.passerelle.security.ScopePolicy;

/**
 * Which job offers a caller may see and act on: MIFI and recruiters all, an employer its own, a candidate those open
 * to applications (an offer carries no personal data).
 */
public final class JobOfferScope {

    public static final ScopePolicy POLICY = ScopePolicy.named("job offers")
            .everything(Role.MIFI)
            .everything(Role.RECRUITER)
            .where(Role.EMPLOYER, caller -> where("employerId").is(caller.employerId()))
            .where(Role.CANDIDATE, caller -> where("status").is(JobOfferStatus.PUBLISHED))
            .build();

    private JobOfferScope() {
    }
}
