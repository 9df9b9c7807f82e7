package qc.passerelle.students.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import qc.passerelle.contracts.MobilityEvent;
import qc.passerelle.contracts.students.AdmissionGranted;
import qc.passerelle.contracts.students.AdmissionRefused;
import qc.passerelle.messaging.outbox.AggregateStore;
import qc.passerelle.messaging.outbox.CommandKeys;
import qc.passerelle.messaging.outbox.Outbox;
import qc.passerelle.security.Caller;
import qc.passerelle.students.validation.Dates;
import qc.passerelle.web.ConflictException;
import qc.passerelle.web.NotFoundException;

/**
 * The institution grants or refuses admission, once; {@code AdmissionGranted} or {@code AdmissionRefused} goes out in
 * the same write, conditional on the version read (so two decisions racing end in one, and a 409 for the other).
 */
@Service
class DecideAdmission {

    private final ApplicationRepository applications;
    private final AggregateStore store;
    private final Outbox outbox;
    private final Clock clock;

    DecideAdmission(ApplicationRepository applications, AggregateStore store, Outbox outbox, Clock clock) {
        this.applications = applications;
        this.store = store;
        this.outbox = outbox;
        this.clock = clock;
    }

    StudyApplication decide(String applicationId, DecisionRequest request, Caller caller, Optional<String> idempotencyKey) {
        Dates.notInTheFuture("decidedOn", request.decidedOn(), LocalDate.now(clock));
        Criteria scope = ApplicationScope.POLICY.require(caller);
        StudyApplication application = applications.findInScope(applicationId, scope)
                .orElseThrow(() -> new NotFoundException("no study application " + applicationId));
        String fingerprint = CommandKeys.fingerprint("decision", request);
        if (CommandKeys.alreadyApplied(application.commandKeys(), idempotencyKey, fingerprint)) {
            return application;
        }
        if (application.status() != ApplicationStatus.SUBMITTED) {
            throw new ConflictException("application " + applicationId + " is already decided: " + application.status());
        }
        Dates.notBefore("decidedOn", request.decidedOn(), application.submittedOn(), "the application");
        boolean granted = request.outcome() == DecisionRequest.Outcome.GRANTED;
        Update update = new Update().set("status", granted ? ApplicationStatus.ADMITTED : ApplicationStatus.REFUSED)
                .set("decidedOn", request.decidedOn());
        MobilityEvent event = granted ? granted(application) : new AdmissionRefused(application.id(),
                application.prospectId(), application.programId(), application.institutionId());
        CommandKeys.remember(outbox.append(update, application.version(), event), idempotencyKey, fingerprint);
        return store.updateAtVersion(StudyApplication.COLLECTION, applicationId, application.version(), scope, update,
                StudyApplication.class).orElseGet(() -> lostRace(applicationId, scope, idempotencyKey, fingerprint));
    }

    private static AdmissionGranted granted(StudyApplication a) {
        return new AdmissionGranted(a.id(), a.prospectId(), a.programId(), a.institutionId(), a.programLanguage(),
                a.declaredFrenchLevel(), a.intakeTerm(), a.givenName(), a.familyName(), a.citizenship(), a.birthYear());
    }

    private StudyApplication lostRace(String applicationId, Criteria scope, Optional<String> idempotencyKey,
                                      String fingerprint) {
        StudyApplication now = applications.findInScope(applicationId, scope)
                .orElseThrow(() -> new NotFoundException("no study application " + applicationId));
        if (CommandKeys.alreadyApplied(now.commandKeys(), idempotencyKey, fingerprint)) {
            return now;
        }
        throw new ConflictException("application " + applicationId + " was decided meanwhile: " + now.status());
    }
}
