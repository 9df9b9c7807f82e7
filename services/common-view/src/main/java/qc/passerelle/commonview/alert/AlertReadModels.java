package qc.passerelle.commonview.alert;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import qc.passerelle.commonview.change.Audience;
import qc.passerelle.commonview.readmodel.Keys;
import qc.passerelle.commonview.readmodel.ReadModel;
import qc.passerelle.security.Role;
import qc.passerelle.security.ScopePolicy;

/**
 * Alerts as read models, from {@code mobility.alerts.v1}: one view per alert (what was raised, and its status now,
 * derived from the views of its cause), and one inbox per audience ({@code MIFI}, {@code EMPLOYER:<id>},
 * {@code CONSULATE:<country>}) holding that audience's part of each alert (a consulate's names its nationals only).
 */
@Configuration(proxyBeanMethods = false)
public class AlertReadModels {

    public static final String ALERTS = "alert_views";
    public static final String INBOXES = "alert_inbox";
    /**
     * MIFI's inbox holds every alert: kept in this many documents ({@code MIFI:<NN>}, by alert), so that a batch's
     * alerts do not rewrite all of them (1.3 MB by the end of a season); {@code MIFI} alone, of earlier versions, is
     * still read. Other audiences keep one document each: theirs stay small.
     */
    public static final int MIFI_INBOX_BUCKETS = 32;

    /** The inbox document that holds this audience's entry for this alert. */
    public static String inbox(String audience, String alertId) {
        return Audience.MIFI.equals(audience)
                ? audience + ":" + String.format("%02d", Keys.bucket(alertId, MIFI_INBOX_BUCKETS)) : audience;
    }

    /** Every inbox document of the audience, the single document of earlier versions first. */
    public static java.util.List<String> inboxes(String audience) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        ids.add(audience);
        if (Audience.MIFI.equals(audience)) {
            for (int bucket = 0; bucket < MIFI_INBOX_BUCKETS; bucket++) {
                ids.add(audience + ":" + String.format("%02d", bucket));
            }
        }
        return ids;
    }

    /** Which inbox a caller reads: MIFI any, an employer its own, a consulate its own. */
    public static final ScopePolicy INBOX_POLICY = ScopePolicy.named("alerts")
            .everything(Role.MIFI)
            .where(Role.EMPLOYER, caller -> where("_id").is(Audience.employer(caller.employerId())))
            .where(Role.CONSULATE, caller -> where("_id").is(Audience.consulate(caller.country())))
            .build();

    @Bean
    ReadModel alertViewsModel() {
        return ReadModel.of(ALERTS, new Index("housingUnitId", Sort.Direction.ASC), new Index("workerId", Sort.Direction.ASC));
    }

    @Bean
    ReadModel alertInboxModel() {
        return ReadModel.of(INBOXES);
    }
}
