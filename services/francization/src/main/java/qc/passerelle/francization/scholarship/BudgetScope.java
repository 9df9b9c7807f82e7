package qc.passerelle.francization.scholarship;

import qc.passerelle.security.Role;
import qc.passerelle.security.ScopePolicy;

/** Scholarship budgets are MIFI's alone. */
final class BudgetScope {

    static final ScopePolicy POLICY = ScopePolicy.named("scholarship budgets").everything(Role.MIFI).build();

    private BudgetScope() {
    }
}
