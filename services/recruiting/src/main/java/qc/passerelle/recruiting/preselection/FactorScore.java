package qc.passerelle.recruiting.preselection;

/** One factor's points, and why, in French and in English. */
public record FactorScore(Factor factor, int points, int maxPoints, String reasonFr, String reasonEn) {
}
