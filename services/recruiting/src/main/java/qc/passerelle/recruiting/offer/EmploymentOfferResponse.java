package qc.passerelle.recruiting.offer;

import java.time.Instant;
import java.time.LocalDate;

public record EmploymentOfferResponse(String offerId, String applicationId, String candidateId, String employerId,
                                      String jobOfferId, String missionId, String givenName, String familyName,
                                      String citizenship, LocalDate startDate, LocalDate respondBy, String status,
                                      boolean lmiaRequired, Instant extendedAt, Instant answeredAt) {

    public static EmploymentOfferResponse of(EmploymentOffer o, LocalDate today) {
        return new EmploymentOfferResponse(o.id(), o.applicationId(), o.candidateId(), o.employerId(), o.jobOfferId(),
                o.missionId(), o.givenName(), o.familyName(), o.citizenship(), o.startDate(), o.respondBy(),
                o.statusOn(today), o.lmiaRequired(), o.extendedAt(), o.answeredAt());
    }
}
