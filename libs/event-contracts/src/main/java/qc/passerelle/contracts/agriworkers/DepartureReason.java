package qc.passerelle.contracts.agriworkers;

public enum DepartureReason {
    END_OF_CONTRACT,
    MEDICAL,
    VOLUNTARY,
    OTHER
}
