package qc.passerelle.recruiting.support;

import java.util.Collection;
import org.springframework.stereotype.Component;
import qc.passerelle.security.Caller;
import qc.passerelle.security.Role;
import qc.passerelle.security.audit.AuditTrail;

/**
 * Leaves an audit entry when someone reads candidates' personal data. A candidate reading their own records is not
 * an access to someone else's information, so it leaves none (their scope allows nothing else); MIFI is exempt by
 * the trail itself.
 */
@Component
public class PersonalReads {

    private final AuditTrail audit;

    PersonalReads(AuditTrail audit) {
        this.audit = audit;
    }

    public void record(Caller caller, String action, Collection<String> candidateIds) {
        if (caller.roles().size() == 1 && caller.is(Role.CANDIDATE)) {
            return;
        }
        audit.personalRecordsRead(caller, action, candidateIds.stream().distinct().toList());
    }
}
