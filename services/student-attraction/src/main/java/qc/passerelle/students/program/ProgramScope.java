package qc.passerelle.students.program;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import qc.passerelle.security.Role;
import qc.passerelle.security.ScopePolicy;

/** Which programs a caller may see and act on: MIFI all, an institution its own. */
public final class ProgramScope {

    public static final ScopePolicy POLICY = ScopePolicy.named("programs")
            .everything(Role.MIFI)
            .where(Role.INSTITUTION, caller -> where("institutionId").is(caller.institutionId()))
            .build();

    private ProgramScope() {
    }
}
