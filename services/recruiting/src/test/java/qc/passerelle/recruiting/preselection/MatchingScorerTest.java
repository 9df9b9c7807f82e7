package qc.passerelle.recruiting.preselection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each factor of the matching score pinned at its bounds, and the reasons that come back with it. */
@Order(1)
class MatchingScorerTest {

    static Candidacy candidate(String noc, int french, int years, String citizenship, String residence) {
        return new Candidacy(noc, french, years, citizenship, residence);
    }

    static OfferNeeds offer(String noc, int minimumFrench, List<String> targets, boolean regulated) {
        return new OfferNeeds(noc, minimumFrench, targets, regulated);
    }

    static final OfferNeeds NURSE = offer("31301", 7, List.of("BR", "CO"), true);

    @Nested
    class Occupation {

        @ParameterizedTest(name = "{0} against 31301: {1} points")
        @CsvSource({"31301, 40", "31302, 20", "31999, 20", "32301, 0", "21301, 0", "41301, 0"})
        void theOffersOwnCodeScoresAllItsMajorGroupHalfAnythingElseNothing(String noc, int points) {
            FactorScore score = MatchingScorer.occupation(candidate(noc, 7, 5, "BR", "BR"), NURSE);

            assertThat(score.points()).isEqualTo(points);
            assertThat(score.maxPoints()).isEqualTo(40);
        }

        @Test
        void theReasonNamesBothCodesAndTheMajorGroup() {
            FactorScore score = MatchingScorer.occupation(candidate("31302", 7, 5, "BR", "BR"), NURSE);

            assertThat(score.reasonFr()).isEqualTo("Code CNP 31302 du même grand groupe (31) que celui de l'offre (31301) : 20 points sur 40.");
            assertThat(score.reasonEn()).isEqualTo("NOC code 31302 is in the major group (31) of the offer's 31301: 20 of 40 points.");
        }
    }

    @Nested
    class French {

        @ParameterizedTest(name = "level {0} for a minimum of 7: {1} points")
        @CsvSource({"12, 25", "7, 25", "6, 20", "4, 10", "3, 5", "2, 0", "1, 0"})
        void atTheMinimumOrAboveScoresAllElseFiveFewerPerMissingLevelNeverBelowZero(int level, int points) {
            assertThat(MatchingScorer.french(candidate("31301", level, 5, "BR", "BR"), NURSE).points()).isEqualTo(points);
        }

        @Test
        void theReasonSaysHowFarBelowAndThatFrancizationCanHelp() {
            FactorScore score = MatchingScorer.french(candidate("31301", 6, 5, "BR", "BR"), NURSE);

            assertThat(score.reasonFr()).isEqualTo("Niveau de français déclaré 6, 1 niveau sous le minimum demandé (7) ; "
                    + "la francisation peut combler l'écart : 20 points sur 25.");
            assertThat(score.reasonEn()).isEqualTo("Declared French level 6 is 1 level below the required minimum (7); "
                    + "francization can close the gap: 20 of 25 points.");
        }
    }

    @Nested
    class Experience {

        @ParameterizedTest(name = "{0} years: {1} points")
        @CsvSource({"0, 0", "1, 2", "9, 18", "10, 20", "60, 20"})
        void twoPointsAYearUpToTwenty(int years, int points) {
            assertThat(MatchingScorer.experience(candidate("31301", 7, years, "BR", "BR")).points()).isEqualTo(points);
        }

        @Test
        void zeroIsSingularInFrenchAndPluralInEnglish() {
            FactorScore score = MatchingScorer.experience(candidate("31301", 7, 0, "BR", "BR"));

            assertThat(score.reasonFr()).isEqualTo("0 année d'expérience (2 points par année, au plus 20) : 0 point sur 20.");
            assertThat(score.reasonEn()).isEqualTo("0 years of experience (2 points a year, at most 20): 0 of 20 points.");
        }
    }

    @Nested
    class TargetCountry {

        @ParameterizedTest(name = "citizen of {0} living in {1}: {2} points")
        @CsvSource({"BR, BR, 15", "CO, MX, 15", "MX, CO, 15", "MX, MX, 0", "GT, US, 0"})
        void citizenshipOrResidenceInATargetCountryScoresAllElseNothing(String citizenship, String residence, int points) {
            assertThat(MatchingScorer.targetCountry(candidate("31301", 7, 5, citizenship, residence), NURSE).points())
                    .isEqualTo(points);
        }

        @Test
        void anOfferTargetingNoCountryIsOpenToAll() {
            FactorScore score = MatchingScorer.targetCountry(candidate("31301", 7, 5, "HT", "HT"),
                    offer("31301", 7, List.of(), false));

            assertThat(score.points()).isEqualTo(15);
            assertThat(score.reasonEn()).isEqualTo("The offer is open to every country: 15 of 15 points.");
        }
    }

    @Nested
    class RegulatedProfession {

        @Test
        void aRegulatedProfessionIsFlaggedAndTakesNothingAway() {
            Candidacy same = candidate("31301", 7, 10, "BR", "BR");

            MatchingScore regulated = MatchingScorer.score(same, NURSE);
            MatchingScore free = MatchingScorer.score(same, offer("31301", 7, List.of("BR", "CO"), false));

            assertThat(regulated.factor(Factor.REGULATED_PROFESSION).points()).isZero();
            assertThat(regulated.recognitionRequired()).isTrue();
            assertThat(free.recognitionRequired()).isFalse();
            assertThat(regulated.total()).isEqualTo(free.total()).isEqualTo(100);
            assertThat(regulated.factor(Factor.REGULATED_PROFESSION).reasonFr()).contains("pas un motif d'exclusion");
            assertThat(regulated.factor(Factor.REGULATED_PROFESSION).reasonEn()).contains("excludes no one");
        }
    }

    @Test
    void theScoreRunsFromZeroToAHundredAndIsTheSumOfItsFactorsWithEveryReason() {
        MatchingScore best = MatchingScorer.score(candidate("31301", 12, 15, "BR", "BR"), NURSE);
        MatchingScore worst = MatchingScorer.score(candidate("62100", 1, 0, "MX", "MX"), NURSE);

        assertThat(best.total()).isEqualTo(100);
        assertThat(best.maxTotal()).isEqualTo(100);
        assertThat(worst.total()).isZero();
        for (MatchingScore score : List.of(best, worst)) {
            assertThat(score.factors()).extracting(FactorScore::factor).containsExactly(Factor.values());
            assertThat(score.total()).isEqualTo(score.factors().stream().mapToInt(FactorScore::points).sum());
            assertThat(score.factors()).allSatisfy(f -> {
                assertThat(score.points()).containsEntry(f.factor().name(), f.points());
                assertThat(f.reasonFr()).endsWith(" sur " + f.maxPoints() + ".");
                assertThat(f.reasonEn()).endsWith(f.points() + " of " + f.maxPoints() + " points.");
            });
        }
    }
}
