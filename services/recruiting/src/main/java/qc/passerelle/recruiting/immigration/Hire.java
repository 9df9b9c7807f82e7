package qc.passerelle.recruiting.immigration;

/** What an acceptance claims: this candidate, hired through this employment offer. */
public record Hire(String candidateId, String offerId, String applicationId, String employerId, String jobOfferId,
                   String missionId, String citizenship, boolean lmiaRequired) {
}
