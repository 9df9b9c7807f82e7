package qc.passerelle.recruiting.employer;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import qc.passerelle.messaging.outbox.CommandKeys;
import qc.passerelle.messaging.outbox.PendingEvent;
import qc.passerelle.recruiting.reference.QuebecRegion;
import qc.passerelle.recruiting.reference.Sector;
import qc.passerelle.recruiting.support.Versioned;

/**
 * A Quebec employer (a farm, a firm, a school): the other services learn it from {@code EmployerRegistered}. Whether
 * it must obtain an LMIA decides the first immigration step of the people it hires.
 */
public record Employer(@Id String id, String legalName, String neq, QuebecRegion region, List<Sector> sectors,
                       String contactEmail, String contactPhone, boolean needsLmia, Instant registeredAt,
                       String idempotencyKey, List<CommandKeys.CommandKey> commandKeys, long version,
                       List<PendingEvent> outbox, boolean outboxPending) implements Versioned {

    public static final String COLLECTION = "employers";
}
