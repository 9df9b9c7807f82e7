package qc.passerelle.security.audit;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import qc.passerelle.security.Caller;
import qc.passerelle.security.Role;
import qc.passerelle.web.PageRequest;

/**
 * Quebec's privacy law expects access to personal information to be traceable: every read of personal records by
 * someone other than MIFI leaves an entry in the reading service's own database.
 */
public class AuditTrail {

    public static final String COLLECTION = "audit_entries";

    private final MongoTemplate mongo;
    private final Clock clock;

    public AuditTrail(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Records the read unless the caller is MIFI; {@code action} names the endpoint, e.g. "list consulate workers". */
    public void personalRecordsRead(Caller caller, String action, Collection<String> personIds) {
        if (caller.isMifi() || personIds.isEmpty()) {
            return;
        }
        mongo.insert(new AuditEntry(UUID.randomUUID().toString(), caller.subject(),
                caller.roles().stream().map(Role::name).sorted().toList(), caller.scope(), action,
                List.copyOf(personIds), clock.instant()), COLLECTION);
    }

    public List<AuditEntry> latest(PageRequest page) {
        Query query = new Query().with(Sort.by(Sort.Direction.DESC, "at")).skip(page.offset()).limit(page.size());
        query.cursorBatchSize(page.size());
        return mongo.find(query, AuditEntry.class, COLLECTION);
    }

    public long count() {
        return mongo.count(new Query(), COLLECTION);
    }
}
