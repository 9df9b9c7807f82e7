package qc.passerelle.recruiting.preselection;

import java.util.List;

/** What the score reads of a job offer; no target countries means the offer is open to every country. */
public record OfferNeeds(String nocCode, int minimumFrenchLevel, List<String> targetCountries,
                         boolean regulatedProfession) {
}
