package qc.passerelle.commonview.alert;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import qc.passerelle.commonview.readmodel.Replay;
import qc.passerelle.contracts.MobilityEvent;
import qc.passerelle.contracts.alerts.ConditionReportUnanswered;
import qc.passerelle.contracts.alerts.WorkerMissing;
import qc.passerelle.messaging.outbox.AggregateStore;
import qc.passerelle.messaging.outbox.Outbox;

/**
 * Raises an alert once: its event goes into the outbox of its subject's {@link AlertSource} in the same write that
 * records its id, conditional on the version read and on the id not being there yet. Two instances (or the periodic
 * check and a batch) raising the same alert at once: one write wins, the other reads again and finds it raised.
 */
@Component
public class AlertRaiser {

    private static final Logger log = LoggerFactory.getLogger(AlertRaiser.class);
    private static final int ATTEMPTS = 10;

    private final MongoTemplate mongo;
    private final AggregateStore store;
    private final Outbox outbox;
    private final Replay replay;
    private final MeterRegistry meters;

    public AlertRaiser(MongoTemplate mongo, AggregateStore store, Outbox outbox, Replay replay,
                       ObjectProvider<MeterRegistry> meters) {
        this.mongo = mongo;
        this.store = store;
        this.outbox = outbox;
        this.replay = replay;
        this.meters = meters.getIfAvailable(io.micrometer.core.instrument.simple.SimpleMeterRegistry::new);
    }

    /** What an operator watches through a season (passerelle_alerts_raised_total{kind=...}): raised once each. */
    private void raised(String alertId, MobilityEvent event) {
        log.info("raised {}", alertId);
        Counter.builder("passerelle.alerts.raised").description("alerts raised, once per cause")
                .tag("kind", event.getClass().getSimpleName()).register(meters).increment();
    }

    /** True when this call raised it; false when it was raised before (or the views are being rebuilt). */
    public boolean raise(String alertId, MobilityEvent event) {
        if (replay.active()) {
            return false;
        }
        String key = switch (event) {
            case WorkerMissing missing -> "worker:" + missing.subject();
            case ConditionReportUnanswered unanswered -> "report:" + unanswered.subject();
            default -> "unit:" + event.subject();
        };
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            AlertSource source = mongo.findById(key, AlertSource.class, AlertSource.COLLECTION);
            if (source == null) {
                try {
                    store.insert(new AlertSource(key, event.subject(), List.of(alertId), 1, outbox.events(event), true),
                            AlertSource.COLLECTION);
                    raised(alertId, event);
                    return true;
                } catch (DuplicateKeyException raced) {
                    continue;
                }
            }
            if (source.raised() != null && source.raised().contains(alertId)) {
                return false;
            }
            Update update = outbox.append(new Update().addToSet("raised", alertId), source.version(), event);
            Optional<AlertSource> written = store.updateAtVersion(AlertSource.COLLECTION, key, source.version(),
                    where("raised").ne(alertId), update, AlertSource.class);
            if (written.isPresent()) {
                raised(alertId, event);
                return true;
            }
        }
        // a passing failure: the batch (or the next check) tries again
        throw new IllegalStateException("could not record alert " + alertId + " after " + ATTEMPTS + " attempts");
    }
}
