package qc.passerelle.recruiting.reference;

/** Where Quebec employers recruit in Latin America (orientation 4), farms included, named as the events carry them. */
public enum Sector {
    AGRICULTURE("Agriculture"),
    INFORMATION_TECHNOLOGY("Technologies de l'information"),
    HEALTH("Santé et services sociaux"),
    EDUCATION("Éducation"),
    ENGINEERING("Génie"),
    ANIMATION_VISUAL_EFFECTS("Animation et effets visuels"),
    MANUFACTURING("Fabrication"),
    CONSTRUCTION("Construction"),
    FOOD_PROCESSING("Transformation alimentaire"),
    TRANSPORTATION("Transport et logistique"),
    HOSPITALITY("Hébergement et restauration"),
    OTHER("Autre");

    private final String label;

    Sector(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
