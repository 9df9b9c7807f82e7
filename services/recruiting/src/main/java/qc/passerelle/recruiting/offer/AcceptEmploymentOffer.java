package qc.passerelle.recruiting.offer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;
import qc.passerelle.messaging.outbox.CommandKeys;
import qc.passerelle.recruiting.immigration.Hire;
import qc.passerelle.recruiting.immigration.HireClaims;
import qc.passerelle.recruiting.support.AggregateChanges;
import qc.passerelle.security.Caller;
import qc.passerelle.web.ConflictException;
import qc.passerelle.web.NotFoundException;

/**
 * A candidate accepts an offer. First the claim on the candidate's single hire (one write that only one acceptance can
 * win), then the offer's own write with its event. Two acceptances racing each other: one claims, the other finds the
 * claim taken, completes the winner's acceptance if it is still under way, and answers 409.
 */
@Service
class AcceptEmploymentOffer {

    private static final int ATTEMPTS = 3;

    private final AggregateChanges changes;
    private final HireClaims claims;
    private final AcceptanceCompletion completion;
    private final EmploymentOfferRepository offers;
    private final Clock clock;

    AcceptEmploymentOffer(AggregateChanges changes, HireClaims claims, AcceptanceCompletion completion,
                          EmploymentOfferRepository offers, Clock clock) {
        this.changes = changes;
        this.claims = claims;
        this.completion = completion;
        this.offers = offers;
        this.clock = clock;
    }

    EmploymentOffer accept(String offerId, Caller caller, Optional<String> key) {
        Criteria scope = EmploymentOfferScope.POLICY.require(caller);
        String fingerprint = CommandKeys.fingerprint("accept employment offer", offerId);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            EmploymentOffer offer = changes.find(EmploymentOffer.COLLECTION, EmploymentOffer.class, offerId, scope)
                    .orElseThrow(() -> new NotFoundException("no employment offer " + offerId));
            if (CommandKeys.alreadyApplied(offer.commandKeys(), key, fingerprint)
                    || offer.status() == EmploymentOfferStatus.ACCEPTED) {
                return offer;
            }
            if (offer.status() == EmploymentOfferStatus.DECLINED) {
                throw new ConflictException("employment offer " + offerId + " was declined");
            }
            if (offer.expiredOn(LocalDate.now(clock))) {
                throw new ConflictException("employment offer " + offerId + " expired on " + offer.respondBy());
            }
            HireClaims.Claim claim = claims.claim(hireOf(offer));
            if (claim instanceof HireClaims.Claim.HeldBy held) {
                if (!releasable(held.offerId())) {
                    throw new ConflictException("candidate " + offer.candidateId()
                            + " already holds an accepted employment offer (" + held.offerId() + ")");
                }
                claims.move(held.offerId(), hireOf(offer));
                continue;
            }
            EmploymentOffer done = completion.complete(offerId, key, fingerprint).orElseThrow();
            if (done.status() == EmploymentOfferStatus.ACCEPTED) {
                return done;
            }
            claims.release(offer.candidateId(), offerId);
            throw new ConflictException("employment offer " + offerId + " was declined meanwhile");
        }
        throw new ConflictException("the candidate's hire kept changing meanwhile: read the offer again before retrying");
    }

    /**
     * A claim may move only off an offer that can never be accepted. One still EXTENDED is an acceptance under way
     * (or interrupted by a crash): it is completed, not taken over.
     */
    private boolean releasable(String holderOfferId) {
        return completion.complete(holderOfferId, Optional.empty(), null)
                .map(holder -> holder.status() == EmploymentOfferStatus.DECLINED).orElse(true);
    }

    private static Hire hireOf(EmploymentOffer o) {
        return new Hire(o.candidateId(), o.id(), o.applicationId(), o.employerId(), o.jobOfferId(), o.missionId(),
                o.citizenship(), o.lmiaRequired());
    }
}
