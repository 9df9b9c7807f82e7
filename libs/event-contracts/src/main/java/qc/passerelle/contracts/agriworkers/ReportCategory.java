package qc.passerelle.contracts.agriworkers;

public enum ReportCategory {
    HOUSING,
    WAGES,
    HEALTH_AND_SAFETY,
    MISTREATMENT,
    RECRUITMENT_FEES,
    OTHER
}
