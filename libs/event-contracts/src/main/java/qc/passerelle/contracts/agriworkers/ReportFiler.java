package qc.passerelle.contracts.agriworkers;

public enum ReportFiler {
    WORKER,
    CONSULATE,
    INSPECTOR,
    SUPPORT_ORGANIZATION
}
