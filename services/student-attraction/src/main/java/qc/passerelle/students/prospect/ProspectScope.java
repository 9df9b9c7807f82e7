package qc.passerelle.students.prospect;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import qc.passerelle.security.Role;
import qc.passerelle.security.ScopePolicy;

/**
 * Which prospects a caller may see: MIFI all; an institution those it registered or who applied to it; a consulate its
 * nationals. Endpoints decide what shape a role gets: a consulate only ever gets counts (the funnels), never names.
 */
public final class ProspectScope {

    public static final ScopePolicy POLICY = ScopePolicy.named("prospects")
            .everything(Role.MIFI)
            .where(Role.INSTITUTION, caller -> where("institutionIds").is(caller.institutionId()))
            .where(Role.CONSULATE, caller -> where("citizenship").is(caller.country()))
            .build();

    private ProspectScope() {
    }
}
