package qc.passerelle.contracts.recruiting;

public enum JobOfferClosureReason {
    FILLED,
    CANCELLED,
    EXPIRED
}
