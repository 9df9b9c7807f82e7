package qc.passerelle.commonview.alert;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import qc.passerelle.commonview.change.Audience;
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
