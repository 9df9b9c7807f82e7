package qc.passerelle.security.audit;

import java.time.Instant;
import java.util.List;

/** One read of personal records: who, with which role and scope, which people, what, when. Ids only, no names. */
public record AuditEntry(String id, String subject, List<String> roles, String scope, String action,
                         List<String> personIds, Instant at) {
}
