package qc.passerelle.contracts.recruiting;

import qc.passerelle.contracts.MobilityEvent;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Event recruiting.JobOfferPublished v1; subject = jobOfferId. */
public record JobOfferPublished(
        String jobOfferId,
        String employerId,
        String title,
        String nocCode,
        int positions,
        String region,
        BigDecimal hourlyWageCad,
        LocalDate startDate) implements MobilityEvent {

    @Override
    public String subject() {
        return jobOfferId;
    }
}
