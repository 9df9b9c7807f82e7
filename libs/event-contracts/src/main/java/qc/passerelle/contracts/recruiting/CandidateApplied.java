package qc.passerelle.contracts.recruiting;

import qc.passerelle.contracts.MobilityEvent;

/** Event recruiting.CandidateApplied v1; subject = applicationId. */
public record CandidateApplied(
        String applicationId,
        String candidateId,
        String jobOfferId,
        String missionId,
        String givenName,
        String familyName,
        String citizenship,
        int birthYear) implements MobilityEvent {

    @Override
    public String subject() {
        return applicationId;
    }
}
