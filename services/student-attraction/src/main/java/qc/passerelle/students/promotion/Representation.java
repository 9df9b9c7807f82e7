package qc.passerelle.students.promotion;

/** The Quebec representations in Latin America that run promotion events (Bogotá is the one to come). */
public enum Representation {
    MEXICO, SAO_PAULO, HAVANA, BOGOTA
}
