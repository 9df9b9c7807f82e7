package qc.passerelle.recruiting.reference;

/** The 17 administrative regions of Quebec, with the name the events carry (as in the contracts' fixtures). */
public enum QuebecRegion {
    BAS_SAINT_LAURENT("Bas-Saint-Laurent"),
    SAGUENAY_LAC_SAINT_JEAN("Saguenay–Lac-Saint-Jean"),
    CAPITALE_NATIONALE("Capitale-Nationale"),
    MAURICIE("Mauricie"),
    ESTRIE("Estrie"),
    MONTREAL("Montréal"),
    OUTAOUAIS("Outaouais"),
    ABITIBI_TEMISCAMINGUE("Abitibi-Témiscamingue"),
    COTE_NORD("Côte-Nord"),
    NORD_DU_QUEBEC("Nord-du-Québec"),
    GASPESIE_ILES_DE_LA_MADELEINE("Gaspésie–Îles-de-la-Madeleine"),
    CHAUDIERE_APPALACHES("Chaudière-Appalaches"),
    LAVAL("Laval"),
    LANAUDIERE("Lanaudière"),
    LAURENTIDES("Laurentides"),
    MONTEREGIE("Montérégie"),
    CENTRE_DU_QUEBEC("Centre-du-Québec");

    private final String label;

    QuebecRegion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
