package qc.passerelle.recruiting.immigration;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import qc.passerelle.security.Role;
import qc.passerelle.security.ScopePolicy;

/** Which immigration files a caller may see and act on: MIFI and recruiters all, the employer its hires, a candidate their own. */
public final class ImmigrationFileScope {

    public static final ScopePolicy POLICY = ScopePolicy.named("immigration files")
            .everything(Role.MIFI)
            .everything(Role.RECRUITER)
            .where(Role.EMPLOYER, caller -> where("employerId").is(caller.employerId()))
            .where(Role.CANDIDATE, caller -> where("candidateId").is(caller.subject()))
            .build();

    private ImmigrationFileScope() {
    }
}
