package qc.passerelle.recruiting.offer;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import qc.passerelle.contracts.recruiting.EmploymentOfferDeclined;
import qc.passerelle.messaging.outbox.CommandKeys;
import qc.passerelle.recruiting.immigration.HireClaims;
import qc.passerelle.recruiting.support.AggregateChanges;
import qc.passerelle.security.Caller;
import qc.passerelle.web.ConflictException;

/**
 * A candidate declines an offer, with its {@code EmploymentOfferDeclined} event. An offer whose acceptance has
 * already claimed the candidate's hire is accepted, not declinable: its acceptance is completed and the decline is a
 * conflict. Either the acceptance or the decline writes the offer first; the other finds it changed.
 */
@Service
class DeclineEmploymentOffer {

    private final AggregateChanges changes;
    private final HireClaims claims;
    private final AcceptanceCompletion completion;
    private final Clock clock;

    DeclineEmploymentOffer(AggregateChanges changes, HireClaims claims, AcceptanceCompletion completion, Clock clock) {
        this.changes = changes;
        this.claims = claims;
        this.completion = completion;
        this.clock = clock;
    }

    EmploymentOffer decline(String offerId, Caller caller, Optional<String> key) {
        return changes.apply(EmploymentOffer.COLLECTION, EmploymentOffer.class, "employment offer", offerId,
                EmploymentOfferScope.POLICY.require(caller), key, CommandKeys.fingerprint("decline employment offer", offerId),
                offer -> {
                    switch (offer.status()) {
                        case DECLINED -> {
                            return AggregateChanges.Change.none();
                        }
                        case ACCEPTED -> throw new ConflictException("employment offer " + offerId + " was accepted");
                        case EXTENDED -> {
                        }
                    }
                    if (offer.expiredOn(LocalDate.now(clock))) {
                        throw new ConflictException("employment offer " + offerId + " expired on " + offer.respondBy());
                    }
                    if (claims.holder(offer.candidateId()).filter(offerId::equals).isPresent()) {
                        completion.complete(offerId, Optional.empty(), null);
                        throw new ConflictException("employment offer " + offerId + " was accepted");
                    }
                    return AggregateChanges.Change.of(
                            new Update().set("status", EmploymentOfferStatus.DECLINED).set("answeredAt", clock.instant()),
                            where("status").is(EmploymentOfferStatus.EXTENDED),
                            new EmploymentOfferDeclined(offerId, offer.candidateId(), offer.employerId(), offer.jobOfferId()));
                });
    }
}
