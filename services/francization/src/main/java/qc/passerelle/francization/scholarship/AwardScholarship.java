package qc.passerelle.francization.scholarship;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import qc.passerelle.contracts.francization.ScholarshipAwarded;
import qc.passerelle.francization.accesspoint.AccessPoints;
import qc.passerelle.francization.enrolment.Enrolment;
import qc.passerelle.francization.enrolment.EnrolmentCommands;
import qc.passerelle.francization.enrolment.EnrolmentScope;
import qc.passerelle.francization.enrolment.EnrolmentStatus;
import qc.passerelle.francization.enrolment.EnrolmentStore;
import qc.passerelle.francization.enrolment.Scholarship;
import qc.passerelle.messaging.outbox.CommandKeys;
import qc.passerelle.messaging.store.TimeOrderedIds;
import qc.passerelle.security.Caller;
import qc.passerelle.web.ConflictException;
import qc.passerelle.web.InvalidFieldException;
import qc.passerelle.web.NotFoundException;

/**
 * Awards a scholarship to an active enrolment's person, within the program's budget for the year the period starts
 * in. Two documents, two steps: the amount is reserved in the budget (the check is the write, so the budget is never
 * exceeded, whatever runs at the same time), then the enrolment records the scholarship with its
 * {@code ScholarshipAwarded} event ({@code ScholarshipAwarded} is the enrolment's event: its subject). If the
 * enrolment refuses, the reservation is given back at once. If the service stops in between, a retry with the same
 * Idempotency-Key finds its own reservation (the scholarship's id comes from the key), and {@link OrphanAwardSweep}
 * gives back what nobody finishes.
 */
@Service
class AwardScholarship {

    private static final Logger log = LoggerFactory.getLogger(AwardScholarship.class);

    static final long MAX_CENTS = 100_000_00L;
    private static final int TRIES = 3;

    private final ScholarshipLedger ledger;
    private final EnrolmentCommands commands;
    private final EnrolmentStore enrolments;
    private final AccessPoints accessPoints;
    private final Clock clock;

    AwardScholarship(ScholarshipLedger ledger, EnrolmentCommands commands, EnrolmentStore enrolments,
                     AccessPoints accessPoints, Clock clock) {
        this.ledger = ledger;
        this.commands = commands;
        this.enrolments = enrolments;
        this.accessPoints = accessPoints;
        this.clock = clock;
    }

    Enrolment award(String enrolmentId, ScholarshipRequests.Award request, Caller caller,
                    Optional<String> idempotencyKey) {
        long cents = Money.cents("amountCad", request.amountCad(), MAX_CENTS);
        checkPeriod(request);
        if (!accessPoints.exists(request.accessPointId())) {
            throw new InvalidFieldException("accessPointId", "no access point " + request.accessPointId());
        }
        String fingerprint = CommandKeys.fingerprint("scholarship", request);
        Enrolment enrolment = enrolments.findInScope(enrolmentId, EnrolmentScope.POLICY.require(caller))
                .orElseThrow(() -> new NotFoundException("no enrolment " + enrolmentId));
        if (CommandKeys.alreadyApplied(enrolment.commandKeys(), idempotencyKey, fingerprint)) {
            return enrolment;
        }
        if (enrolment.status() != EnrolmentStatus.ACTIVE) {
            throw new ConflictException("enrolment " + enrolmentId + " is " + enrolment.status()
                    + ": scholarships go to active enrolments");
        }
        // a retry with the same key finds the reservation its first attempt made, for this enrolment only
        String scholarshipId = idempotencyKey
                .map(k -> "sch-" + UUID.nameUUIDFromBytes((k + "|" + enrolmentId).getBytes(StandardCharsets.UTF_8)))
                .orElseGet(() -> "sch-" + TimeOrderedIds.next());
        ScholarshipBudget budget = reserve(scholarshipId, enrolmentId, cents, request);
        Scholarship scholarship = new Scholarship(scholarshipId, budget.id(), budget.program(), budget.programName(),
                cents, request.accessPointId(), request.periodStart(), request.periodEnd(), clock.instant());
        return record(enrolmentId, caller, idempotencyKey, fingerprint, scholarship);
    }

    private ScholarshipBudget reserve(String scholarshipId, String enrolmentId, long cents,
                                      ScholarshipRequests.Award request) {
        int year = request.periodStart().getYear();
        ScholarshipLedger.Reservation reservation = ledger.reserve(ScholarshipBudget.idOf(request.program(), year),
                scholarshipId, enrolmentId, cents);
        return switch (reservation.outcome()) {
            case RESERVED -> reservation.budget();
            case NO_BUDGET -> throw new ConflictException("program", "program " + request.program()
                    + " has no scholarship budget for " + year);
            case EXCEEDED -> throw new ConflictException("amountCad", "the budget of program " + request.program()
                    + " for " + year + " has " + Money.dollars(reservation.budget().remainingCents()) + " CAD left");
        };
    }

    /**
     * Writes the reserved scholarship into the enrolment, reading it again after a lost race (an award may be written
     * on any version of an active enrolment). A refusal gives the money back; any other failure leaves the
     * reservation to a retry or to the sweep, since the write may have happened.
     */
    private Enrolment record(String enrolmentId, Caller caller, Optional<String> key, String fingerprint,
                             Scholarship scholarship) {
        ConflictException refused = null;
        for (int attempt = 0; attempt < TRIES; attempt++) {
            try {
                Enrolment awarded = commands.apply(enrolmentId, caller, key, fingerprint, Set.of(EnrolmentStatus.ACTIVE),
                        enrolment -> holds(enrolment, scholarship.scholarshipId()) ? null
                                : EnrolmentCommands.Change.of(new Update().push("scholarships", scholarship),
                                        new ScholarshipAwarded(scholarship.scholarshipId(), enrolmentId,
                                                enrolment.personId(), scholarship.amountCad(), scholarship.programName())));
                confirm(scholarship);
                return awarded;
            } catch (ConflictException e) {
                refused = e;
            }
        }
        ledger.release(scholarship.budgetId(), scholarship.scholarshipId());
        throw refused;
    }

    /** The award stands whether or not this succeeds: a confirmation lost here is made by the sweep. */
    private void confirm(Scholarship scholarship) {
        try {
            ledger.confirm(scholarship.budgetId(), scholarship.scholarshipId());
        } catch (DataAccessException e) {
            log.warn("scholarship {} awarded; its budget will mark it confirmed at the next sweep: {}",
                    scholarship.scholarshipId(), e.toString());
        }
    }

    static boolean holds(Enrolment enrolment, String scholarshipId) {
        return enrolment.scholarships().stream().anyMatch(s -> s.scholarshipId().equals(scholarshipId));
    }

    private static void checkPeriod(ScholarshipRequests.Award request) {
        if (request.periodEnd().isBefore(request.periodStart())) {
            throw new InvalidFieldException("periodEnd", "a period ends after it starts");
        }
        if (ChronoUnit.DAYS.between(request.periodStart(), request.periodEnd()) > 366) {
            throw new InvalidFieldException("periodEnd", "a scholarship covers a year at most");
        }
    }
}
