package qc.passerelle.agri.inspection;

import java.math.BigDecimal;

/**
 * A named, versioned set of housing rules, kept as data ({@code rulesets/NAME.vN.json}) so that a stricter set can be
 * applied without a code change. A null limit means the set does not regulate that item.
 */
public record RuleSet(String name, int version, String description,
                      Integer occupantsPerToilet, Integer occupantsPerShower, Integer occupantsPerSink,
                      Integer occupantsPerStove, Integer occupantsPerFridge,
                      Integer maxOccupantsPerRoom, BigDecimal minAreaOneOccupantM2, BigDecimal minAreaTwoOccupantsM2,
                      boolean bunkBedsAllowed, Integer minBedSpacingCm,
                      int correctionDays, int essentialCorrectionDays) {

    public String id() {
        return name + ".v" + version;
    }
}
