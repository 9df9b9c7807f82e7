package qc.passerelle.contracts.students;

public enum StudyLevel {
    DEP,
    AEC,
    DEC,
    BACHELOR,
    MASTER,
    DOCTORATE
}
