package qc.passerelle.agri.worker;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import qc.passerelle.security.Role;
import qc.passerelle.security.ScopePolicy;

/** Which workers a caller may see and act on: MIFI all, an employer its own, a consulate its nationals. */
public final class WorkerScope {

    public static final ScopePolicy POLICY = ScopePolicy.named("workers")
            .everything(Role.MIFI)
            .where(Role.EMPLOYER, caller -> where("employerId").is(caller.employerId()))
            .where(Role.CONSULATE, caller -> where("citizenship").is(caller.country()))
            .build();

    private WorkerScope() {
    }
}
