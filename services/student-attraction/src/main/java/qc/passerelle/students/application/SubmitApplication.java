package qc.passerelle.students.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import qc.passerelle.contracts.students.StudyApplicationSubmitted;
import qc.passerelle.messaging.outbox.CreateOnce;
import qc.passerelle.messaging.outbox.Outbox;
import qc.passerelle.security.Caller;
import qc.passerelle.students.program.Program;
import qc.passerelle.students.program.ProgramRepository;
import qc.passerelle.students.program.ProgramScope;
import qc.passerelle.students.prospect.Prospect;
import qc.passerelle.students.prospect.ProspectRepository;
import qc.passerelle.students.validation.IntakeTerms;
import qc.passerelle.web.InvalidFieldException;

/**
 * Submits a prospect's application to a program for a term, once: a repeat meets the first application by its
 * derived _id and gets the same answer, with nothing published.
 *
 * <p>Then the institution is given sight of the prospect ({@link ProspectRepository#concern}). That is a second
 * document, so it comes after the application is stored: a crash in between leaves the institution seeing less, not
 * more, and the client's retry, answered like any repeat, gives it sight again.
 */
@Service
class SubmitApplication {

    private final CreateOnce createOnce;
    private final ApplicationRepository applications;
    private final ProgramRepository programs;
    private final ProspectRepository prospects;
    private final Outbox outbox;
    private final Clock clock;

    SubmitApplication(CreateOnce createOnce, ApplicationRepository applications, ProgramRepository programs,
                      ProspectRepository prospects, Outbox outbox, Clock clock) {
        this.createOnce = createOnce;
        this.applications = applications;
        this.programs = programs;
        this.prospects = prospects;
        this.outbox = outbox;
        this.clock = clock;
    }

    StudyApplication submit(ApplicationRequest request, Caller caller, Optional<String> idempotencyKey) {
        String term = IntakeTerms.require("intakeTerm", request.intakeTerm(), LocalDate.now(clock));
        Program program = programs.findInScope(request.programId(), ProgramScope.POLICY.require(caller))
                .orElseThrow(() -> new InvalidFieldException("programId", "no program " + request.programId()
                        + " among those you may receive applications for"));
        if (!program.intakeTerms().contains(term)) {
            throw new InvalidFieldException("intakeTerm", "program " + program.id() + " takes students in "
                    + program.intakeTerms());
        }
        Prospect prospect = prospects.findById(request.prospectId())
                .orElseThrow(() -> new InvalidFieldException("prospectId", "no prospect " + request.prospectId()));
        String id = ApplicationIds.of(prospect.id(), program.id(), term);
        StudyApplication application = applications.findById(id)
                .orElseGet(() -> create(id, prospect, program, term, idempotencyKey));
        prospects.concern(prospect.id(), program.institutionId());
        return application;
    }

    private StudyApplication create(String id, Prospect prospect, Program program, String term,
                                    Optional<String> idempotencyKey) {
        try {
            return createOnce.insert(StudyApplication.COLLECTION, StudyApplication.class, idempotencyKey,
                    earlier -> earlier.id().equals(id), () -> newApplication(id, prospect, program, term, idempotencyKey));
        } catch (DuplicateKeyException raced) {
            // a twin submission without the same key won the race: it is the same application
            return applications.findById(id).orElseThrow(() -> raced);
        }
    }

    private StudyApplication newApplication(String id, Prospect prospect, Program program, String term,
                                            Optional<String> idempotencyKey) {
        StudyApplicationSubmitted event = new StudyApplicationSubmitted(id, prospect.id(), program.id(),
                program.institutionId(), term);
        return new StudyApplication(id, prospect.id(), program.id(), program.institutionId(), term,
                prospect.givenName(), prospect.familyName(), prospect.citizenship(), prospect.birthYear(),
                prospect.declaredFrenchLevel(), prospect.promotionEventId(), program.language(),
                program.labourShortageAligned(), ApplicationStatus.SUBMITTED, clock.instant(), LocalDate.now(clock),
                null, idempotencyKey.orElse(null), List.of(), 1, outbox.events(event), true);
    }
}
