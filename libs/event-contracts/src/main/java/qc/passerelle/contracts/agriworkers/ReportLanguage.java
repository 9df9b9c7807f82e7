package qc.passerelle.contracts.agriworkers;

public enum ReportLanguage {
    FR,
    ES,
    EN
}
