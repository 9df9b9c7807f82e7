package qc.passerelle.agri.housing;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Optional;
import org.springframework.data.mongodb.core.query.Criteria;
import qc.passerelle.security.Caller;
import qc.passerelle.security.Role;

/**
 * Which housing units a caller may see, as a query condition: MIFI all, an inspector the units MIFI assigned to
 * them, an employer its own. Consulates see housing through their nationals' views.
 */
final class HousingScope {

    private HousingScope() {
    }

    static Optional<Criteria> of(Caller caller) {
        if (caller.isMifi()) {
            return Optional.of(new Criteria());
        }
        if (caller.is(Role.INSPECTOR)) {
            return Optional.of(where("assignedInspectors").is(caller.subject()));
        }
        if (caller.is(Role.EMPLOYER) && caller.employerId() != null) {
            return Optional.of(where("employerId").is(caller.employerId()));
        }
        return Optional.empty();
    }
}
