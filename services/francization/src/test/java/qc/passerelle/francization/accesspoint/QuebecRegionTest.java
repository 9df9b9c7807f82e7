package qc.passerelle.francization.accesspoint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A housing unit's region, whether its event names the constant or the region's French name. */
class QuebecRegionTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = ';', value = {
            "MONTEREGIE; MONTEREGIE",
            "Montérégie; MONTEREGIE",
            "Gaspésie–Îles-de-la-Madeleine; GASPESIE_ILES_DE_LA_MADELEINE",
            "Saguenay–Lac-Saint-Jean; SAGUENAY_LAC_SAINT_JEAN",
            " capitale-nationale ; CAPITALE_NATIONALE"})
    void aRegionIsReadFromItsConstantOrItsName(String text, QuebecRegion region) {
        assertThat(QuebecRegion.fromText(text)).contains(region);
    }

    @ParameterizedTest(name = "''{0}'' is no region of Quebec")
    @CsvSource({"Ontario", "''", "MONTEREGIE-EST"})
    void anythingElseIsNoRegion(String text) {
        assertThat(QuebecRegion.fromText(text)).isEmpty();
    }
}
