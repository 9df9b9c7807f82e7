package qc.passerelle.agri.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import qc.passerelle.contracts.agriworkers.Deficiency;
import qc.passerelle.contracts.agriworkers.InspectionResult;

/**
 * Applies a rule set to the facts of a unit for a number of occupants. Each failed rule is a deficiency with what
 * was expected, what was observed and a deadline; the approved capacity is the largest number of occupants that no
 * rule forbids (0 while an essential — heating, potable water, fire safety — is missing).
 */
public final class InspectionEvaluator {

    private InspectionEvaluator() {
    }

    public static Evaluation evaluate(HousingFacts facts, RuleSet rules, int occupants, LocalDate inspectedOn) {
        Findings findings = new Findings(rules, inspectedOn);
        int roomCapacity = 0;
        for (HousingFacts.Room room : facts.rooms()) {
            roomCapacity += checkRoom(room, rules, findings);
        }
        if (occupants > facts.bedPlaces(rules.bunkBedsAllowed())) {
            findings.fail("beds", "a sleeping place per occupant: " + occupants,
                    facts.bedPlaces(rules.bunkBedsAllowed()) + " sleeping places", false);
        }
        int capacity = roomCapacity;
        capacity = Math.min(capacity, fixture("toilets", facts.toilets(), rules.occupantsPerToilet(), occupants, findings));
        capacity = Math.min(capacity, fixture("showers", facts.showers(), rules.occupantsPerShower(), occupants, findings));
        capacity = Math.min(capacity, fixture("sinks", facts.sinks(), rules.occupantsPerSink(), occupants, findings));
        capacity = Math.min(capacity, fixture("stoves", facts.stoves(), rules.occupantsPerStove(), occupants, findings));
        capacity = Math.min(capacity, fixture("fridges", facts.fridges(), rules.occupantsPerFridge(), occupants, findings));
        if (!checkEssentials(facts, findings)) {
            capacity = 0;
        }
        List<Deficiency> deficiencies = findings.deficiencies();
        return new Evaluation(rules.name(), rules.version(), occupants,
                deficiencies.isEmpty() ? InspectionResult.COMPLIANT : InspectionResult.NON_COMPLIANT,
                Math.max(capacity, 0), deficiencies);
    }

    /** Checks one bedroom and answers how many people it may sleep under these rules. */
    private static int checkRoom(HousingFacts.Room room, RuleSet rules, Findings findings) {
        int places = room.places(rules.bunkBedsAllowed());
        int capacity = places;
        if (!rules.bunkBedsAllowed() && room.bunkBeds() > 0) {
            findings.fail(room.name() + "/bunk-beds", "no bunk beds", room.bunkBeds() + " bunk bed(s)", false);
        }
        if (rules.maxOccupantsPerRoom() != null) {
            capacity = Math.min(capacity, rules.maxOccupantsPerRoom());
            if (places > rules.maxOccupantsPerRoom()) {
                findings.fail(room.name() + "/occupants-per-room", "at most " + rules.maxOccupantsPerRoom() + " per room",
                        places + " sleeping places", false);
            }
        }
        if (rules.minAreaOneOccupantM2() != null && rules.minAreaTwoOccupantsM2() != null) {
            int byArea = room.areaM2().compareTo(rules.minAreaTwoOccupantsM2()) >= 0 ? 2
                    : room.areaM2().compareTo(rules.minAreaOneOccupantM2()) >= 0 ? 1 : 0;
            capacity = Math.min(capacity, byArea);
            if (Math.min(places, rules.maxOccupantsPerRoom() == null ? places : rules.maxOccupantsPerRoom()) > byArea) {
                findings.fail(room.name() + "/floor-area", rules.minAreaOneOccupantM2() + " m² for one occupant, "
                        + rules.minAreaTwoOccupantsM2() + " m² for two", room.areaM2() + " m² for " + places, false);
            }
        }
        int beds = room.beds() + room.bunkBeds();
        if (rules.minBedSpacingCm() != null && beds >= 2 && room.minBedSpacingCm() != null
                && room.minBedSpacingCm() < rules.minBedSpacingCm()) {
            findings.fail(room.name() + "/bed-spacing", rules.minBedSpacingCm() + " cm between beds",
                    room.minBedSpacingCm() + " cm", false);
        }
        return capacity;
    }

    /** Answers how many occupants the fixtures serve; a shortfall for the planned occupants is a deficiency. */
    private static int fixture(String rule, int count, Integer occupantsPerFixture, int occupants, Findings findings) {
        if (occupantsPerFixture == null) {
            return Integer.MAX_VALUE;
        }
        int needed = (occupants + occupantsPerFixture - 1) / occupantsPerFixture;
        if (count < needed) {
            findings.fail(rule, "1 per " + occupantsPerFixture + " occupants: " + needed + " for " + occupants,
                    String.valueOf(count), false);
        }
        return count * occupantsPerFixture;
    }

    private static boolean checkEssentials(HousingFacts facts, Findings findings) {
        boolean ok = true;
        if (!facts.heating()) {
            ok = findings.fail("heating", "heating", "none", true);
        }
        if (!facts.potableWater()) {
            ok = findings.fail("potable-water", "potable water", "none", true);
        }
        if (facts.smokeDetectors() < facts.rooms().size()) {
            ok = findings.fail("smoke-detectors", "a smoke detector per bedroom: " + facts.rooms().size(),
                    String.valueOf(facts.smokeDetectors()), true);
        }
        if (facts.fireExtinguishers() < 1) {
            ok = findings.fail("fire-extinguishers", "at least 1 fire extinguisher", "0", true);
        }
        return ok;
    }

    private static final class Findings {
        private final RuleSet rules;
        private final LocalDate inspectedOn;
        private final List<Deficiency> deficiencies = new ArrayList<>();

        private Findings(RuleSet rules, LocalDate inspectedOn) {
            this.rules = rules;
            this.inspectedOn = inspectedOn;
        }

        /** Records a failed rule; always answers false so a check can write {@code ok = fail(...)}. */
        private boolean fail(String rule, String expected, String observed, boolean essential) {
            int days = essential ? rules.essentialCorrectionDays() : rules.correctionDays();
            deficiencies.add(new Deficiency("def-" + (deficiencies.size() + 1), rules.name() + "/" + rule,
                    expected, observed, inspectedOn.plusDays(days)));
            return false;
        }

        private List<Deficiency> deficiencies() {
            return List.copyOf(deficiencies);
        }
    }
}
