package qc.passerelle.contracts.francization;

public enum EnrolmentSource {
    JOURNEES_QUEBEC,
    STUDENT_ADMISSION,
    AGRICULTURAL_WORKER,
    SELF_REGISTERED
}
