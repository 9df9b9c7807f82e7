package qc.passerelle.recruiting.offer;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.util.Optional;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import qc.passerelle.contracts.recruiting.EmploymentOfferAccepted;
import qc.passerelle.messaging.outbox.AggregateStore;
import qc.passerelle.messaging.outbox.CommandKeys;
import qc.passerelle.messaging.outbox.Outbox;
import qc.passerelle.recruiting.immigration.HireConfirmation;

/**
 * The second write of an acceptance: the offer becomes ACCEPTED with its {@code EmploymentOfferAccepted} event, only
 * if still EXTENDED. Whoever finds a claim whose offer is still EXTENDED (its own acceptance, a racing one, a step
 * recorded after a crash) completes it here; the condition makes sure the event is written once.
 */
@Component
class AcceptanceCompletion implements HireConfirmation {

    private static final int ATTEMPTS = 5;

    private final EmploymentOfferRepository offers;
    private final AggregateStore store;
    private final Outbox outbox;
    private final Clock clock;

    AcceptanceCompletion(EmploymentOfferRepository offers, AggregateStore store, Outbox outbox, Clock clock) {
        this.offers = offers;
        this.store = store;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The offer as it ends: ACCEPTED, or DECLINED if a decline got there first. */
    Optional<EmploymentOffer> complete(String offerId, Optional<String> key, String fingerprint) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<EmploymentOffer> read = offers.findById(offerId);
            if (read.isEmpty() || read.get().status() != EmploymentOfferStatus.EXTENDED) {
                return read;
            }
            EmploymentOffer o = read.get();
            EmploymentOfferAccepted event = new EmploymentOfferAccepted(o.id(), o.candidateId(), o.employerId(),
                    o.jobOfferId(), o.missionId(), o.givenName(), o.familyName(), o.citizenship(), o.birthYear(),
                    o.startDate(), o.declaredFrenchLevel());
            Update update = new Update().set("status", EmploymentOfferStatus.ACCEPTED).set("answeredAt", clock.instant());
            Optional<EmploymentOffer> written = store.updateAtVersion(EmploymentOffer.COLLECTION, offerId, o.version(),
                    where("status").is(EmploymentOfferStatus.EXTENDED),
                    CommandKeys.remember(outbox.append(update, o.version(), event), key, fingerprint),
                    EmploymentOffer.class);
            if (written.isPresent()) {
                return written;
            }
        }
        return offers.findById(offerId);
    }

    @Override
    public boolean confirmed(String offerId) {
        return complete(offerId, Optional.empty(), null)
                .map(o -> o.status() == EmploymentOfferStatus.ACCEPTED).orElse(false);
    }
}
