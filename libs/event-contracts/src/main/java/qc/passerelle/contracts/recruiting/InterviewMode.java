package qc.passerelle.contracts.recruiting;

public enum InterviewMode {
    IN_PERSON,
    VIDEO,
    PHONE
}
