package qc.passerelle.contracts.students;

public enum InstitutionType {
    CEGEP,
    UNIVERSITY,
    COLLEGE,
    VOCATIONAL_CENTRE
}
