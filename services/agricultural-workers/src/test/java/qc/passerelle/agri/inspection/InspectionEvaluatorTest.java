package qc.passerelle.agri.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import qc.passerelle.contracts.agriworkers.Deficiency;
import qc.passerelle.contracts.agriworkers.InspectionResult;

/** Each rule of both rule sets at its boundary, and the DESIGN's worked example. */
class InspectionEvaluatorTest {

    static final RuleSets RULE_SETS = RuleSets.fromClasspath();
    static final RuleSet FEDERAL = RULE_SETS.latest("FEDERAL_MINIMUM").orElseThrow();
    static final RuleSet CNESST = RULE_SETS.latest("CNESST_2026_DRAFT").orElseThrow();
    static final LocalDate DAY = LocalDate.of(2027, 3, 15);

    static HousingFacts.Room room(String name, String area, int beds, int bunkBeds) {
        return new HousingFacts.Room(name, new BigDecimal(area), beds, bunkBeds, 100);
    }

    /** Plenty of everything but what a test varies: one fixture of each kind per occupant. */
    static HousingFacts facts(List<HousingFacts.Room> rooms, int toilets, int showers, int sinks, int stoves, int fridges) {
        return new HousingFacts(rooms, toilets, showers, sinks, stoves, fridges, true, true, rooms.size(), 1);
    }

    /** n single rooms of 10 m², one bed each: room rules never interfere with a fixture rule under test. */
    static List<HousingFacts.Room> singleRooms(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> room("R" + i, "10", 1, 0)).toList();
    }

    static List<String> failedRules(Evaluation evaluation) {
        return evaluation.deficiencies().stream().map(Deficiency::rule).toList();
    }

    @Test
    void twoRoomsOfFourBedsWithOneToiletAndOneShowerPassFederalForEightAndFailTheDraftWithEachDeficiencyNamed() {
        HousingFacts unit = facts(List.of(room("A", "20", 4, 0), room("B", "20", 4, 0)), 1, 1, 2, 2, 2);

        Evaluation federal = InspectionEvaluator.evaluate(unit, FEDERAL, 8, DAY);
        Evaluation draft = InspectionEvaluator.evaluate(unit, CNESST, 8, DAY);

        assertThat(federal.result()).isEqualTo(InspectionResult.COMPLIANT);
        assertThat(federal.deficiencies()).isEmpty();
        assertThat(federal.approvedCapacity()).isEqualTo(8);
        assertThat(draft.result()).isEqualTo(InspectionResult.NON_COMPLIANT);
        assertThat(failedRules(draft)).containsExactlyInAnyOrder(
                "CNESST_2026_DRAFT/A/occupants-per-room", "CNESST_2026_DRAFT/B/occupants-per-room",
                "CNESST_2026_DRAFT/toilets", "CNESST_2026_DRAFT/showers");
        assertThat(draft.approvedCapacity()).isEqualTo(4);
        Deficiency toilets = draft.deficiencies().stream().filter(d -> d.rule().endsWith("/toilets")).findFirst().orElseThrow();
        assertThat(toilets.expected()).isEqualTo("1 per 5 occupants: 2 for 8");
        assertThat(toilets.observed()).isEqualTo("1");
        assertThat(toilets.deadline()).isEqualTo(DAY.plusDays(30));
    }

    @ParameterizedTest(name = "{0}: {2} occupant(s) share what serves {1}")
    @CsvSource({
            "CNESST_2026_DRAFT, toilets, 5, 6",
            "CNESST_2026_DRAFT, showers, 5, 6",
            "CNESST_2026_DRAFT, sinks, 5, 6",
            "FEDERAL_MINIMUM, toilets, 10, 11",
            "FEDERAL_MINIMUM, showers, 10, 11",
            "FEDERAL_MINIMUM, sinks, 7, 8",
            "FEDERAL_MINIMUM, stoves, 6, 7",
            "FEDERAL_MINIMUM, fridges, 6, 7"})
    void oneFixtureServesUpToItsLimitAndNotOneMore(String ruleSet, String fixture, int limit, int oneMore) {
        RuleSet rules = RULE_SETS.latest(ruleSet).orElseThrow();
        HousingFacts unit = oneOf(fixture, oneMore);

        Evaluation atLimit = InspectionEvaluator.evaluate(unit, rules, limit, DAY);
        Evaluation over = InspectionEvaluator.evaluate(unit, rules, oneMore, DAY);

        assertThat(failedRules(atLimit)).doesNotContain(ruleSet + "/" + fixture);
        assertThat(failedRules(over)).contains(ruleSet + "/" + fixture);
        assertThat(over.approvedCapacity()).isEqualTo(limit);
    }

    /** A unit for {@code occupants} with exactly one of {@code fixture} and plenty of the rest. */
    static HousingFacts oneOf(String fixture, int occupants) {
        int plenty = occupants;
        return facts(singleRooms(occupants),
                fixture.equals("toilets") ? 1 : plenty, fixture.equals("showers") ? 1 : plenty,
                fixture.equals("sinks") ? 1 : plenty, fixture.equals("stoves") ? 1 : plenty,
                fixture.equals("fridges") ? 1 : plenty);
    }

    @Test
    void aBunkBedFailsTheDraftAndPassesTheFederalMinimum() {
        HousingFacts unit = facts(List.of(room("A", "12", 0, 1)), 1, 1, 1, 1, 1);

        assertThat(InspectionEvaluator.evaluate(unit, FEDERAL, 2, DAY).result()).isEqualTo(InspectionResult.COMPLIANT);
        Evaluation draft = InspectionEvaluator.evaluate(unit, CNESST, 2, DAY);
        assertThat(failedRules(draft)).contains("CNESST_2026_DRAFT/A/bunk-beds");
        assertThat(draft.approvedCapacity()).isEqualTo(1);
    }

    @Test
    void theDraftAllowsTwoPerRoomAndNotThree() {
        Evaluation two = InspectionEvaluator.evaluate(facts(List.of(room("A", "12", 2, 0)), 1, 1, 1, 1, 1), CNESST, 2, DAY);
        Evaluation three = InspectionEvaluator.evaluate(facts(List.of(room("A", "12", 3, 0)), 1, 1, 1, 1, 1), CNESST, 3, DAY);

        assertThat(two.result()).isEqualTo(InspectionResult.COMPLIANT);
        assertThat(failedRules(three)).contains("CNESST_2026_DRAFT/A/occupants-per-room");
        assertThat(three.approvedCapacity()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0} m² for {1}: compliant {2}")
    @CsvSource({"6.5, 1, true", "6.49, 1, false", "9.0, 2, true", "8.99, 2, false"})
    void theDraftNeedsSixAndAHalfSquareMetresForOneAndNineForTwo(String area, int occupants, boolean compliant) {
        HousingFacts unit = facts(List.of(room("A", area, occupants, 0)), 1, 1, 1, 1, 1);

        Evaluation evaluation = InspectionEvaluator.evaluate(unit, CNESST, occupants, DAY);

        assertThat(failedRules(evaluation).contains("CNESST_2026_DRAFT/A/floor-area")).isEqualTo(!compliant);
        assertThat(evaluation.approvedCapacity()).isEqualTo(compliant ? occupants : occupants - 1);
    }

    @ParameterizedTest(name = "{0} cm between beds: compliant {1}")
    @CsvSource({"45, true", "44, false"})
    void bothSetsNeedFortyFiveCentimetresBetweenBeds(int spacing, boolean compliant) {
        HousingFacts unit = facts(List.of(new HousingFacts.Room("A", new BigDecimal("20"), 2, 0, spacing)), 1, 1, 1, 1, 1);

        for (RuleSet rules : List.of(FEDERAL, CNESST)) {
            assertThat(failedRules(InspectionEvaluator.evaluate(unit, rules, 2, DAY)).contains(rules.name() + "/A/bed-spacing"))
                    .as(rules.name()).isEqualTo(!compliant);
        }
    }

    @Test
    void withoutPotableWaterHeatingOrFireSafetyNobodyMayLiveThereAndTheDeadlineIsShort() {
        HousingFacts unit = new HousingFacts(List.of(room("A", "12", 2, 0)), 1, 1, 1, 1, 1, false, false, 0, 0);

        Evaluation evaluation = InspectionEvaluator.evaluate(unit, FEDERAL, 2, DAY);

        assertThat(evaluation.approvedCapacity()).isZero();
        assertThat(failedRules(evaluation)).containsExactlyInAnyOrder("FEDERAL_MINIMUM/heating",
                "FEDERAL_MINIMUM/potable-water", "FEDERAL_MINIMUM/smoke-detectors", "FEDERAL_MINIMUM/fire-extinguishers");
        assertThat(evaluation.deficiencies()).allSatisfy(d -> assertThat(d.deadline()).isEqualTo(DAY.plusDays(2)));
    }

    @Test
    void moreOccupantsThanSleepingPlacesIsADeficiency() {
        Evaluation evaluation = InspectionEvaluator.evaluate(facts(singleRooms(2), 9, 9, 9, 9, 9), FEDERAL, 3, DAY);

        assertThat(failedRules(evaluation)).contains("FEDERAL_MINIMUM/beds");
        assertThat(evaluation.approvedCapacity()).isEqualTo(2);
    }

    @Test
    void ruleSetsAreDataWithAVersion() {
        assertThat(RULE_SETS.names()).contains("FEDERAL_MINIMUM", "CNESST_2026_DRAFT");
        assertThat(CNESST.id()).isEqualTo("CNESST_2026_DRAFT.v1");
    }
}
