package qc.passerelle.recruiting.employer;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import qc.passerelle.security.Role;
import qc.passerelle.security.ScopePolicy;

/** Which employer records a caller may see and edit: MIFI and recruiters all, an employer its own. */
public final class EmployerScope {

    public static final ScopePolicy POLICY = ScopePolicy.named("employers")
            .everything(Role.MIFI)
            .everything(Role.RECRUITER)
            .where(Role.EMPLOYER, caller -> where("_id").is(caller.employerId()))
            .build();

    private EmployerScope() {
    }
}
