package qc.passerelle.recruiting.application;

import java.time.LocalDate;

/** Where the employment offer made on an application stands, as an application's reader sees it. */
public record OfferSummary(String offerId, String status, LocalDate startDate, LocalDate respondBy) {
}
