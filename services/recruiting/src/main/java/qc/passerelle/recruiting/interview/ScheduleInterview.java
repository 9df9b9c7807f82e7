package qc.passerelle.recruiting.interview;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import qc.passerelle.contracts.recruiting.InterviewMode;
import qc.passerelle.contracts.recruiting.InterviewScheduled;
import qc.passerelle.messaging.outbox.CommandKeys;
import qc.passerelle.recruiting.application.Application;
import qc.passerelle.recruiting.application.ApplicationScope;
import qc.passerelle.recruiting.support.AggregateChanges;
import qc.passerelle.recruiting.support.DerivedIds;
import qc.passerelle.security.Caller;
import qc.passerelle.web.ConflictException;
import qc.passerelle.web.InvalidFieldException;

/**
 * Schedules an interview with a pre-selected applicant. The interview lives in the application's document and its
 * {@code InterviewScheduled} event has the application as subject, so both are one write to one aggregate.
 */
@Service
class ScheduleInterview {

    private final AggregateChanges changes;
    private final Clock clock;

    ScheduleInterview(AggregateChanges changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    Application schedule(String applicationId, InterviewRequest request, Caller caller, Optional<String> key) {
        check(request);
        String fingerprint = CommandKeys.fingerprint("schedule interview", request);
        return changes.apply(Application.COLLECTION, Application.class, "application", applicationId,
                ApplicationScope.POLICY.require(caller), key, fingerprint, application -> {
                    if (!application.preselected()) {
                        throw new ConflictException("application " + applicationId + " is not pre-selected: pre-select it first");
                    }
                    String interviewId = DerivedIds.fresh("itv");
                    Application.Interview interview = new Application.Interview(interviewId, request.scheduledAt(),
                            request.mode(), blankToNull(request.place()), blankToNull(request.link()), caller.subject());
                    return AggregateChanges.Change.of(
                            new Update().push("interviews", interview).set("interviewed", true),
                            where("preselected").is(true),
                            new InterviewScheduled(interviewId, applicationId, application.candidateId(),
                                    application.employerId(), request.scheduledAt(), request.mode()));
                });
    }

    private void check(InterviewRequest request) {
        if (!request.scheduledAt().isAfter(clock.instant())) {
            throw new InvalidFieldException("scheduledAt", "an interview is scheduled for a time to come");
        }
        if (request.mode() == InterviewMode.IN_PERSON && blankToNull(request.place()) == null) {
            throw new InvalidFieldException("place", "an interview in person takes place somewhere");
        }
        if (request.mode() == InterviewMode.VIDEO) {
            if (blankToNull(request.link()) == null) {
                throw new InvalidFieldException("link", "a video interview needs the link to join it");
            }
            try {
                URI link = URI.create(request.link().strip());
                if (!"https".equals(link.getScheme()) || link.getHost() == null) {
                    throw new IllegalArgumentException();
                }
            } catch (IllegalArgumentException e) {
                throw new InvalidFieldException("link", "must be an https:// address");
            }
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
