package qc.passerelle.contracts.students;

public enum PromotionFormat {
    IN_PERSON,
    VIRTUAL
}
