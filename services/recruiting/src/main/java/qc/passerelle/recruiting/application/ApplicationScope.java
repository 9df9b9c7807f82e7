package qc.passerelle.recruiting.application;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import qc.passerelle.security.Role;
import qc.passerelle.security.ScopePolicy;

/**
 * Which applications a caller may see and act on: MIFI and recruiters all, an employer those to its offers, a
 * candidate their own (the token's subject is the candidate).
 */
public final class ApplicationScope {

    public static final ScopePolicy POLICY = ScopePolicy.named("applications")
            .everything(Role.MIFI)
            .everything(Role.RECRUITER)
            .where(Role.EMPLOYER, caller -> where("employerId").is(caller.employerId()))
            .where(Role.CANDIDATE, caller -> where("candidateId").is(caller.subject()))
            .build();

    private ApplicationScope() {
    }
}
