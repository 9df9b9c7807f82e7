package qc.passerelle.students.institution;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import qc.passerelle.contracts.students.InstitutionType;
import qc.passerelle.messaging.outbox.PendingEvent;

/**
 * A Quebec institution that admits international students. Its id is the code MIFI registers it under, which is also
 * the {@code institution_id} claim of its staff's tokens.
 */
public record Institution(@Id String id, String name, InstitutionType type, QuebecRegion region, Instant registeredAt,
                          String idempotencyKey, long version, List<PendingEvent> outbox, boolean outboxPending) {

    public static final String COLLECTION = "institutions";
}
