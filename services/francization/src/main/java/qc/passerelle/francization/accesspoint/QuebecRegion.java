package qc.passerelle.francization.accesspoint;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/** The 17 administrative regions of Quebec, where classes in Quebec are given. */
public enum QuebecRegion {
    BAS_SAINT_LAURENT, SAGUENAY_LAC_SAINT_JEAN, CAPITALE_NATIONALE, MAURICIE, ESTRIE, MONTREAL, OUTAOUAIS,
    ABITIBI_TEMISCAMINGUE, COTE_NORD, NORD_DU_QUEBEC, GASPESIE_ILES_DE_LA_MADELEINE, CHAUDIERE_APPALACHES, LAVAL,
    LANAUDIERE, LAURENTIDES, MONTEREGIE, CENTRE_DU_QUEBEC;

    /**
     * The region a housing unit's event names: agricultural-workers publishes the constant ({@code MONTEREGIE}), the
     * contract's fixture the French name ({@code Montérégie}); both mean the same region.
     */
    public static Optional<QuebecRegion> fromText(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        for (QuebecRegion region : values()) {
            if (region.name().equals(key)) {
                return Optional.of(region);
            }
        }
        return Optional.empty();
    }
}
