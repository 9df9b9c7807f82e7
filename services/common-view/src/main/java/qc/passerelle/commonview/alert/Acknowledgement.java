package qc.passerelle.commonview.alert;

import java.time.Instant;
import org.springframework.data.annotation.Id;

/**
 * An audience's acknowledgement of an alert (MIFI, an employer, a consulate: each its own), by whom and when. Kept
 * under {@code <alertId>|<audience>}, so acknowledging twice is one acknowledgement. Not a read model: people's
 * input, kept through a rebuild.
 */
public record Acknowledgement(@Id String id, String alertId, String audience, String acknowledgedBy,
                              Instant acknowledgedAt) {

    public static final String COLLECTION = "alert_acknowledgements";

    public static String id(String alertId, String audience) {
        return alertId + "|" + audience;
    }
}
