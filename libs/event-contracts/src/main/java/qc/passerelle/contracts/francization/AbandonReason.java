package qc.passerelle.contracts.francization;

public enum AbandonReason {
    NO_LONGER_AVAILABLE,
    LEFT_QUEBEC,
    WORK_SCHEDULE,
    OTHER
}
