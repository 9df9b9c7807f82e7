package qc.passerelle.commonview.alert;

import java.util.List;
import org.springframework.data.annotation.Id;
import qc.passerelle.messaging.outbox.PendingEvent;

/**
 * The aggregate that publishes alerts: one per subject of the alert events (a unit, a worker, a report: the events'
 * {@code ce_subject}), so that its version numbers the subject's alerts 1, 2, 3... as consumers expect. It remembers
 * the alerts raised ({@code raised}, by id) so that each is published once. Not a read model: a rebuild keeps it.
 */
public record AlertSource(@Id String id, String subject, List<String> raised, long version, List<PendingEvent> outbox,
                          boolean outboxPending) {

    public static final String COLLECTION = "alert_sources";
}
