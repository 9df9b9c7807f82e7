package qc.passerelle.recruiting.application;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import qc.passerelle.contracts.recruiting.InterviewMode;
import qc.passerelle.messaging.outbox.CommandKeys;
import qc.passerelle.messaging.outbox.PendingEvent;
import qc.passerelle.recruiting.preselection.MatchingScore;
import qc.passerelle.recruiting.support.DerivedIds;
import qc.passerelle.recruiting.support.Versioned;

/**
 * A candidate's application to one job offer, with its score and reasons (computed on arrival, kept), the
 * pre-selection and the interviews. Its id derives from the offer and the candidate, so applying twice is one
 * application and the store's {@code _id} says so in the very write. Its events ({@code CandidateApplied},
 * {@code InterviewScheduled}) ride in the document.
 */
public record Application(@Id String id, String candidateId, String jobOfferId, String missionId, String employerId,
                          CandidateSnapshot candidate, MatchingScore score, boolean preselected, Instant preselectedAt,
                          String preselectedBy, List<Interview> interviews, boolean interviewed, Instant appliedAt,
                          List<CommandKeys.CommandKey> commandKeys, long version, List<PendingEvent> outbox,
                          boolean outboxPending) implements Versioned {

    public static final String COLLECTION = "applications";

    public static String idOf(String jobOfferId, String candidateId) {
        return DerivedIds.derived("app", jobOfferId, candidateId);
    }

    /** The profile as it was when the candidate applied: what the score was computed from, what the employer sees. */
    public record CandidateSnapshot(String givenName, String familyName, String citizenship, String countryOfResidence,
                                    int birthYear, String profession, String nocCode, int yearsOfExperience,
                                    int declaredFrenchLevel, List<String> otherLanguages) {
    }

    public record Interview(String interviewId, Instant scheduledAt, InterviewMode mode, String place, String link,
                            String scheduledBy) {
    }
}
