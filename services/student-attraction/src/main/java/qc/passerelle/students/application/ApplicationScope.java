package qc.passerelle.students.application;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import qc.passerelle.security.Role;
import qc.passerelle.security.ScopePolicy;

/**
 * Which applications a caller may see and act on: MIFI all, an institution those to its programs, a consulate its
 * nationals' (through the funnels only: counts, never names).
 */
public final class ApplicationScope {

    public static final ScopePolicy POLICY = ScopePolicy.named("study applications")
            .everything(Role.MIFI)
            .where(Role.INSTITUTION, caller -> where("institutionId").is(caller.institutionId()))
            .where(Role.CONSULATE, caller -> where("citizenship").is(caller.country()))
            .build();

    private ApplicationScope() {
    }
}
