package qc.passerelle.francization.enrolment;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import qc.passerelle.contracts.francization.EnrolmentSource;
import qc.passerelle.francization.accesspoint.AccessPoint;
import qc.passerelle.francization.accesspoint.AccessPoints;
import qc.passerelle.francization.progress.TargetLevel;
import qc.passerelle.messaging.outbox.CommandKeys;
import qc.passerelle.messaging.outbox.CreateOnce;
import qc.passerelle.messaging.store.TimeOrderedIds;
import qc.passerelle.web.ConflictException;
import qc.passerelle.web.InvalidFieldException;

/** MIFI enrols a person who came on their own ({@code SELF_REGISTERED}), unless they already have an active one. */
@Service
class RegisterEnrolment {

    private static final Set<String> COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    private final EnrolPerson enrol;
    private final EnrolmentStore enrolments;
    private final AccessPoints accessPoints;
    private final Clock clock;

    RegisterEnrolment(EnrolPerson enrol, EnrolmentStore enrolments, AccessPoints accessPoints, Clock clock) {
        this.enrol = enrol;
        this.enrolments = enrolments;
        this.accessPoints = accessPoints;
        this.clock = clock;
    }

    Enrolment register(EnrolmentRequests.Registration request, Optional<String> idempotencyKey) {
        check(request);
        AccessPoint accessPoint = accessPoints.findById(request.accessPointId()).orElseThrow(() ->
                new InvalidFieldException("accessPointId", "no access point " + request.accessPointId()));
        int target = request.targetLevel() == null
                ? TargetLevel.defaultFor(EnrolmentSource.SELF_REGISTERED, request.startingLevel())
                : TargetLevel.chosen(request.targetLevel(), request.startingLevel());
        String fingerprint = CommandKeys.fingerprint("registration", request);
        // the same key names the same enrolment, so a retry finds what the first attempt wrote
        String id = idempotencyKey.map(k -> "enr-self-" + UUID.nameUUIDFromBytes(k.getBytes(StandardCharsets.UTF_8)))
                .orElseGet(() -> "enr-self-" + TimeOrderedIds.next());
        Optional<Enrolment> earlier = enrolments.findById(id);
        if (earlier.isPresent()) {
            return answerRepeat(earlier.get(), idempotencyKey, fingerprint);
        }
        NewEnrolment enrolment = new NewEnrolment(id, new Person(request.personId(), request.givenName().strip(),
                request.familyName().strip(), request.citizenship(), request.birthYear()),
                EnrolmentSource.SELF_REGISTERED, null, null, null, null, accessPoint.id(), accessPoint.channel(),
                request.startingLevel(), target);
        EnrolPerson.Outcome outcome = enrol.enrol(enrolment, idempotencyKey, fingerprint, false);
        if (!outcome.enrolled()) {
            throw new ConflictException("personId", "person " + request.personId()
                    + " already has an active enrolment, " + outcome.busyWith());
        }
        return answerRepeat(outcome.enrolment(), idempotencyKey, fingerprint);
    }

    private static Enrolment answerRepeat(Enrolment enrolment, Optional<String> key, String fingerprint) {
        if (key.isPresent() && !CommandKeys.alreadyApplied(enrolment.commandKeys(), key, fingerprint)) {
            throw CreateOnce.reusedKey(key.get());
        }
        return enrolment;
    }

    private void check(EnrolmentRequests.Registration request) {
        if (!COUNTRIES.contains(request.citizenship())) {
            throw new InvalidFieldException("citizenship", "'" + request.citizenship() + "' is not an ISO 3166-1 country code");
        }
        int year = LocalDate.now(clock).getYear();
        if (request.birthYear() < year - 100 || request.birthYear() > year - 12) {
            throw new InvalidFieldException("birthYear", "a person enrolling in " + year + " is born between "
                    + (year - 100) + " and " + (year - 12));
        }
    }
}
