package qc.passerelle.recruiting.application;

import java.time.Instant;
import java.util.List;
import qc.passerelle.recruiting.preselection.MatchingScore;

/** An application with its score, the reasons for it, and how far it went: what its candidate and employer see. */
public record ApplicationResponse(String applicationId, String candidateId, String jobOfferId, String missionId,
                                  String employerId, String stage, Application.CandidateSnapshot candidate,
                                  MatchingScore score, boolean preselected, List<Application.Interview> interviews,
                                  OfferSummary employmentOffer, Instant appliedAt) {

    public static ApplicationResponse of(Application a, OfferSummary offer) {
        return new ApplicationResponse(a.id(), a.candidateId(), a.jobOfferId(), a.missionId(), a.employerId(),
                stage(a, offer), a.candidate(), a.score(), a.preselected(), a.interviews(), offer, a.appliedAt());
    }

    static String stage(Application a, OfferSummary offer) {
        if (offer != null) {
            return switch (offer.status()) {
                case "EXTENDED" -> "OFFERED";
                case "EXPIRED" -> "OFFER_EXPIRED";
                default -> offer.status();
            };
        }
        if (a.interviewed()) {
            return "INTERVIEW_SCHEDULED";
        }
        return a.preselected() ? "PRESELECTED" : "APPLIED";
    }
}
