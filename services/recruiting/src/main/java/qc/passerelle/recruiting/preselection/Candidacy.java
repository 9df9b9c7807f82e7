package qc.passerelle.recruiting.preselection;

/** What the score reads of a candidate's profile. */
public record Candidacy(String nocCode, int declaredFrenchLevel, int yearsOfExperience, String citizenship,
                        String countryOfResidence) {
}
