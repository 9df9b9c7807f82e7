package qc.passerelle.contracts.agriworkers;

public enum InspectionResult {
    COMPLIANT,
    NON_COMPLIANT
}
