package qc.passerelle.francization.accesspoint;

import qc.passerelle.security.Role;
import qc.passerelle.security.ScopePolicy;

/** Access points are public knowledge: every role sees every one (a token with no role of ours sees none). */
public final class AccessPointScope {

    public static final ScopePolicy POLICY = everyRole();

    private AccessPointScope() {
    }

    private static ScopePolicy everyRole() {
        ScopePolicy.Builder builder = ScopePolicy.named("access points");
        for (Role role : Role.values()) {
            builder.everything(role);
        }
        return builder.build();
    }
}
