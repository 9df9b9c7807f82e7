package qc.passerelle.recruiting.preselection;

import java.util.List;
import qc.passerelle.recruiting.reference.NocCode;

/**
 * The transparent pre-selection score, out of 100: a pure function of the profile and the offer, so that the same
 * application always gets the same score and every point can be explained to the candidate and the employer.
 *
 * <ul>
 *   <li>occupation: 40 for the offer's own NOC code, 20 for its major group (first two digits), else 0;</li>
 *   <li>French: 25 at or above the offer's minimum, 5 fewer per missing level, never below 0;</li>
 *   <li>experience: 2 per year, up to 20 (ten years);</li>
 *   <li>target country: 15 when the candidate's citizenship or residence is one the offer targets (or it targets
 *       none), else 0;</li>
 *   <li>regulated profession: 0, a flag for the recognition steps ahead, never an exclusion.</li>
 * </ul>
 */
public final class MatchingScorer {

    static final int FRENCH_POINTS_PER_MISSING_LEVEL = 5;
    static final int POINTS_PER_YEAR = 2;

    private MatchingScorer() {
    }

    public static MatchingScore score(Candidacy candidate, OfferNeeds offer) {
        return MatchingScore.of(List.of(occupation(candidate, offer), french(candidate, offer),
                experience(candidate), targetCountry(candidate, offer), regulated(offer)), offer.regulatedProfession());
    }

    static FactorScore occupation(Candidacy candidate, OfferNeeds offer) {
        String theirs = candidate.nocCode();
        String ours = offer.nocCode();
        if (theirs.equals(ours)) {
            return scored(Factor.OCCUPATION, 40,
                    "Code CNP %s identique à celui de l'offre".formatted(theirs),
                    "NOC code %s is the offer's own".formatted(theirs));
        }
        String group = NocCode.Groups.major(ours);
        if (NocCode.Groups.major(theirs).equals(group)) {
            return scored(Factor.OCCUPATION, 20,
                    "Code CNP %s du même grand groupe (%s) que celui de l'offre (%s)".formatted(theirs, group, ours),
                    "NOC code %s is in the major group (%s) of the offer's %s".formatted(theirs, group, ours));
        }
        return scored(Factor.OCCUPATION, 0,
                "Code CNP %s hors du grand groupe (%s) de celui de l'offre (%s)".formatted(theirs, group, ours),
                "NOC code %s is outside the major group (%s) of the offer's %s".formatted(theirs, group, ours));
    }

    static FactorScore french(Candidacy candidate, OfferNeeds offer) {
        int level = candidate.declaredFrenchLevel();
        int minimum = offer.minimumFrenchLevel();
        if (level >= minimum) {
            return scored(Factor.FRENCH, Factor.FRENCH.maxPoints(),
                    "Niveau de français déclaré %d, au moins le minimum demandé (%d)".formatted(level, minimum),
                    "Declared French level %d meets the required minimum (%d)".formatted(level, minimum));
        }
        int missing = minimum - level;
        int points = Math.max(0, Factor.FRENCH.maxPoints() - FRENCH_POINTS_PER_MISSING_LEVEL * missing);
        return scored(Factor.FRENCH, points,
                "Niveau de français déclaré %d, %s sous le minimum demandé (%d) ; la francisation peut combler l'écart"
                        .formatted(level, plural(missing, "niveau", "niveaux"), minimum),
                "Declared French level %d is %s below the required minimum (%d); francization can close the gap"
                        .formatted(level, pluralEn(missing, "level", "levels"), minimum));
    }

    static FactorScore experience(Candidacy candidate) {
        int years = candidate.yearsOfExperience();
        int points = Math.min(Factor.EXPERIENCE.maxPoints(), POINTS_PER_YEAR * years);
        return scored(Factor.EXPERIENCE, points,
                "%s d'expérience (%d points par année, au plus %d)".formatted(plural(years, "année", "années"),
                        POINTS_PER_YEAR, Factor.EXPERIENCE.maxPoints()),
                "%s of experience (%d points a year, at most %d)".formatted(pluralEn(years, "year", "years"),
                        POINTS_PER_YEAR, Factor.EXPERIENCE.maxPoints()));
    }

    static FactorScore targetCountry(Candidacy candidate, OfferNeeds offer) {
        List<String> targets = offer.targetCountries();
        if (targets.isEmpty()) {
            return scored(Factor.TARGET_COUNTRY, Factor.TARGET_COUNTRY.maxPoints(),
                    "L'offre est ouverte à tous les pays", "The offer is open to every country");
        }
        String country = targets.contains(candidate.citizenship()) ? candidate.citizenship()
                : targets.contains(candidate.countryOfResidence()) ? candidate.countryOfResidence() : null;
        if (country != null) {
            return scored(Factor.TARGET_COUNTRY, Factor.TARGET_COUNTRY.maxPoints(),
                    "Pays %s parmi les pays visés par l'offre (%s)".formatted(country, String.join(", ", targets)),
                    "Country %s is among the offer's target countries (%s)".formatted(country, String.join(", ", targets)));
        }
        return scored(Factor.TARGET_COUNTRY, 0,
                "Ni la citoyenneté (%s) ni la résidence (%s) parmi les pays visés par l'offre (%s)"
                        .formatted(candidate.citizenship(), candidate.countryOfResidence(), String.join(", ", targets)),
                "Neither citizenship (%s) nor residence (%s) is among the offer's target countries (%s)"
                        .formatted(candidate.citizenship(), candidate.countryOfResidence(), String.join(", ", targets)));
    }

    static FactorScore regulated(OfferNeeds offer) {
        if (offer.regulatedProfession()) {
            return scored(Factor.REGULATED_PROFESSION, 0,
                    "Profession réglementée au Québec : une reconnaissance des compétences sera nécessaire, ce n'est pas un motif d'exclusion",
                    "Regulated profession in Quebec: credentials will need recognition; this excludes no one");
        }
        return scored(Factor.REGULATED_PROFESSION, 0,
                "Profession non réglementée : aucune reconnaissance des compétences à prévoir",
                "Not a regulated profession: no recognition of credentials needed");
    }

    private static FactorScore scored(Factor factor, int points, String why, String whyEn) {
        return new FactorScore(factor, points, factor.maxPoints(),
                "%s : %s sur %d.".formatted(why, plural(points, "point", "points"), factor.maxPoints()),
                "%s: %d of %d points.".formatted(whyEn, points, factor.maxPoints()));
    }

    /** French counts 0 and 1 in the singular. */
    private static String plural(int n, String one, String many) {
        return n + " " + (n <= 1 ? one : many);
    }

    private static String pluralEn(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
