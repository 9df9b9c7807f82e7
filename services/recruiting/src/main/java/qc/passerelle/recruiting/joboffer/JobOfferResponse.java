package qc.passerelle.recruiting.joboffer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import qc.passerelle.contracts.recruiting.JobOfferClosureReason;
import qc.passerelle.recruiting.reference.QuebecRegion;
import qc.passerelle.recruiting.reference.Sector;

public record JobOfferResponse(String jobOfferId, String employerId, String title, String nocCode, Sector sector,
                               QuebecRegion region, int positions, int minimumFrenchLevel, boolean regulatedProfession,
                               BigDecimal hourlyWageCad, LocalDate startDate, List<String> targetCountries,
                               JobOfferStatus status, JobOfferClosureReason closureReason, Instant publishedAt) {

    public static JobOfferResponse of(JobOffer o) {
        return new JobOfferResponse(o.id(), o.employerId(), o.title(), o.nocCode(), o.sector(), o.region(),
                o.positions(), o.minimumFrenchLevel(), o.regulatedProfession(), o.hourlyWageCad(), o.startDate(),
                o.targetCountries(), o.status(), o.closureReason(), o.publishedAt());
    }
}
