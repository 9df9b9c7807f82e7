package qc.passerelle.francization.enrolment;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import qc.passerelle.contracts.francization.EnrolmentSource;
import qc.passerelle.contracts.francization.FrancizationEnrolled;
import qc.passerelle.francization.accesspoint.AccessPoint;
import qc.passerelle.messaging.outbox.CommandKeys;
import qc.passerelle.security.Caller;
import qc.passerelle.web.ConflictException;

/**
 * An offer accepted becomes the person's active enrolment and is announced ({@code FrancizationEnrolled}, the
 * enrolment's first event). The person is claimed first: if they already have an active enrolment, 409. A claim left
 * by an acceptance that then failed holds the person only for {@link ClaimRule#GRACE}.
 */
@Service
class AcceptOffer {

    private final EnrolmentCommands commands;
    private final PersonClaims claims;
    private final Placement placement;
    private final Clock clock;

    AcceptOffer(EnrolmentCommands commands, PersonClaims claims, Placement placement, Clock clock) {
        this.commands = commands;
        this.claims = claims;
        this.placement = placement;
        this.clock = clock;
    }

    Enrolment accept(String enrolmentId, EnrolmentRequests.Acceptance request, Caller caller,
                     Optional<String> idempotencyKey) {
        return commands.apply(enrolmentId, caller, idempotencyKey, CommandKeys.fingerprint("acceptance", request),
                Set.of(EnrolmentStatus.OFFERED), offer -> {
                    if (!caller.isMifi() && offer.source() != EnrolmentSource.AGRICULTURAL_WORKER) {
                        throw new AccessDeniedException("an employer answers the classes offered to its agricultural workers only");
                    }
                    AccessPoint accessPoint = placement.of(offer, request.accessPointId());
                    PersonClaims.Claim claim = claims.claim(offer.personId(), offer.id());
                    if (!claim.granted()) {
                        throw new ConflictException("person " + offer.personId() + " already has an active enrolment, "
                                + claim.holder());
                    }
                    return EnrolmentCommands.Change.of(new Update().set("status", EnrolmentStatus.ACTIVE)
                                    .set("accessPointId", accessPoint.id()).set("channel", accessPoint.channel())
                                    .set("activatedAt", clock.instant()),
                            new FrancizationEnrolled(offer.id(), offer.personId(), offer.givenName(),
                                    offer.familyName(), offer.citizenship(), offer.birthYear(), offer.source(),
                                    offer.sourceReference(), accessPoint.channel(), offer.startingLevel()));
                });
    }
}
