package qc.passerelle.recruiting.immigration;

public enum StepOutcome {
    REQUESTED, APPROVED, REFUSED
}
