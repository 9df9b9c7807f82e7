package qc.passerelle.recruiting.application;

import java.util.Collection;
import java.util.Map;

/** The employment offers made on some applications, by application id: told by the offer feature, read by id. */
public interface OffersOnApplications {

    Map<String, OfferSummary> of(Collection<String> applicationIds);
}
