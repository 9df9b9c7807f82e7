package qc.passerelle.commonview.alert;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import qc.passerelle.commonview.change.Audience;
import qc.passerelle.commonview.readmodel.Buckets;
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
     * MIFI's inbox holds every alert, a consulate's every alert about its nationals: each is spread over documents by
     * alert ({@link Buckets}), so that a batch's alerts do not rewrite all of them (MIFI's was 1.3 MB by the end of a
     * season, a consulate's 0.3 MB by 40 % of one). An employer's inbox stays one document: it holds its own units'
     * and workers' alerts only.
     */
    private static final Buckets MIFI_INBOX = new Buckets(256, 32);
    private static final Buckets CONSULATE_INBOX = new Buckets(64, 0);

    /** The inbox document that holds this audience's entry for this alert. */
    public static String inbox(String audience, String alertId) {
        Buckets buckets = bucketsOf(audience);
        return buckets == null ? audience : buckets.of(audience, alertId);
    }

    /** Every inbox document of the audience, those of earlier versions first. */
    public static List<String> inboxes(String audience) {
        Buckets buckets = bucketsOf(audience);
        return buckets == null ? List.of(audience) : buckets.all(audience);
    }

    private static Buckets bucketsOf(String audience) {
        if (Audience.MIFI.equals(audience)) {
            return MIFI_INBOX;
        }
        return Audience.isConsulate(audience) ? CONSULATE_INBOX : null;
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
