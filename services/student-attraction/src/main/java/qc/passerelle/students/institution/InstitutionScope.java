package qc.passerelle.students.institution;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import qc.passerelle.security.Role;
import qc.passerelle.security.ScopePolicy;

/** Which institutions a caller may see: MIFI all, an institution itself. */
public final class InstitutionScope {

    public static final ScopePolicy POLICY = ScopePolicy.named("institutions")
            .everything(Role.MIFI)
            .where(Role.INSTITUTION, caller -> where("_id").is(caller.institutionId()))
            .build();

    private InstitutionScope() {
    }
}
