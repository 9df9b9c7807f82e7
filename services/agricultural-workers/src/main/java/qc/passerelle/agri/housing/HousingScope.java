package qc.passerelle.agri.housing;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import qc.passerelle.security.Role;
import qc.passerelle.security.ScopePolicy;

/**
 * Which housing units a caller may see and act on: MIFI all, an inspector the units MIFI assigned to them, an
 * employer its own. Consulates see housing through their nationals' views.
 */
public final class HousingScope {

    public static final ScopePolicy POLICY = ScopePolicy.named("housing units")
            .everything(Role.MIFI)
            .where(Role.INSPECTOR, caller -> where("assignedInspectors").is(caller.subject()))
            .where(Role.EMPLOYER, caller -> where("employerId").is(caller.employerId()))
            .build();

    private HousingScope() {
    }
}
