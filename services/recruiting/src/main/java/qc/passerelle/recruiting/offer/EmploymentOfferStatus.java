package qc.passerelle.recruiting.offer;

/** As stored. EXPIRED is never stored: an EXTENDED offer past its answer date reads as expired (no event exists for it). */
public enum EmploymentOfferStatus {
    EXTENDED, ACCEPTED, DECLINED
}
