package qc.passerelle.students.promotion;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import qc.passerelle.security.Role;
import qc.passerelle.security.ScopePolicy;

/** Which promotion events a caller may see: MIFI all, an institution those it takes part in. */
public final class PromotionEventScope {

    public static final ScopePolicy POLICY = ScopePolicy.named("promotion events")
            .everything(Role.MIFI)
            .where(Role.INSTITUTION, caller -> where("institutionIds").is(caller.institutionId()))
            .build();

    private PromotionEventScope() {
    }
}
