package qc.passerelle.contracts.recruiting;

public enum ImmigrationStep {
    LMIA,
    CAQ,
    WORK_PERMIT
}
