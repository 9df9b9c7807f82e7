package qc.passerelle.francization.progress;

/** The four skills of the Échelle québécoise des niveaux de compétence en français, each assessed on 1–12. */
public enum Skill {
    ORAL_COMPREHENSION, ORAL_PRODUCTION, WRITTEN_COMPREHENSION, WRITTEN_PRODUCTION
}
