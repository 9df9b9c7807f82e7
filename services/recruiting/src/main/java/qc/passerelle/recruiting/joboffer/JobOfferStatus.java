package qc.passerelle.recruiting.joboffer;

public enum JobOfferStatus {
    PUBLISHED, CLOSED
}
