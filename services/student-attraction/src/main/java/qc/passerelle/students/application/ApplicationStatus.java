package qc.passerelle.students.application;

/** An application is decided once: an admission, granted or refused, is final. */
public enum ApplicationStatus {
    SUBMITTED, ADMITTED, REFUSED
}
