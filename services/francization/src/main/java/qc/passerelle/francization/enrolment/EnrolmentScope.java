package qc.passerelle.francization.enrolment;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import qc.passerelle.security.Role;
import qc.passerelle.security.ScopePolicy;

/**
 * Which enrolments a caller may see and act on: MIFI all; an employer those of its own recruits and workers (the
 * employer named by the event that caused the enrolment), so never another person's levels; a consulate its
 * nationals'.
 */
public final class EnrolmentScope {

    public static final ScopePolicy POLICY = ScopePolicy.named("enrolments")
            .everything(Role.MIFI)
            .where(Role.EMPLOYER, caller -> where("employerId").is(caller.employerId()))
            .where(Role.CONSULATE, caller -> where("citizenship").is(caller.country()))
            .build();

    private EnrolmentScope() {
    }
}
