package qc.passerelle.agri.arrival;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Optional;
import org.springframework.data.mongodb.core.query.Criteria;
import qc.passerelle.security.Caller;
import qc.passerelle.security.Role;

/**
 * Which workers a caller may see, as a database condition: MIFI all, an employer its own, a consulate its
 * nationals. Empty means none: the caller's role gives no access to workers at all.
 */
public final class WorkerScope {

    private WorkerScope() {
    }

    public static Optional<Criteria> of(Caller caller) {
        if (caller.isMifi()) {
            return Optional.of(new Criteria());
        }
        if (caller.is(Role.EMPLOYER) && caller.employerId() != null) {
            return Optional.of(where("employerId").is(caller.employerId()));
        }
        if (caller.is(Role.CONSULATE) && caller.country() != null) {
            return Optional.of(where("citizenship").is(caller.country()));
        }
        return Optional.empty();
    }
}
