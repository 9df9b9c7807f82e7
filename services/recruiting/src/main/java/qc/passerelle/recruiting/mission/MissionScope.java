package qc.passerelle.recruiting.mission;

import qc.passerelle.security.Role;
import qc.passerelle.security.ScopePolicy;

/** Missions are public to the people they gather: MIFI, recruiters, employers (to join) and candidates (to apply). */
public final class MissionScope {

    public static final ScopePolicy POLICY = ScopePolicy.named("missions")
            .everything(Role.MIFI)
            .everything(Role.RECRUITER)
            .everything(Role.EMPLOYER)
            .everything(Role.CANDIDATE)
            .build();

    private MissionScope() {
    }
}
