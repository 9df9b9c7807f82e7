package qc.passerelle.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** One policy per aggregate: what each role sees, what a role without its claim sees (nothing), what several roles see. */
class ScopePolicyTest {

    static final ScopePolicy WORKERS = ScopePolicy.named("workers")
            .everything(Role.MIFI)
            .where(Role.EMPLOYER, caller -> where("employerId").is(caller.employerId()))
            .where(Role.CONSULATE, caller -> where("citizenship").is(caller.country()))
            .build();

    static Caller caller(Set<Role> roles, String employerId, String country) {
        return new Caller("someone", roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles), employerId, country, null);
    }

    @Test
    void mifiSeesEverythingAnEmployerItsOwnAConsulateItsNationals() {
        assertThat(WORKERS.require(caller(Set.of(Role.MIFI), null, null)).getCriteriaObject()).isEmpty();
        assertThat(WORKERS.require(caller(Set.of(Role.EMPLOYER), "emp-a", null)).getCriteriaObject().toJson())
                .contains("\"employerId\": \"emp-a\"");
        assertThat(WORKERS.require(caller(Set.of(Role.CONSULATE), null, "GT")).getCriteriaObject().toJson())
                .contains("\"citizenship\": \"GT\"");
    }

    @Test
    void aRoleThePolicyDoesNotNameIsRefused() {
        assertThat(WORKERS.scope(caller(Set.of(Role.INSPECTOR), null, null))).isEmpty();
        assertThatThrownBy(() -> WORKERS.require(caller(Set.of(Role.INSPECTOR), null, null)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("workers");
    }

    /** An employer token without employer_id used to match employerId == "null": now it sees nothing. */
    @Test
    void aScopedRoleWithoutItsClaimSeesNothingRatherThanAScopeOfItsOwn() {
        assertThat(WORKERS.scope(caller(Set.of(Role.EMPLOYER), null, null))).isEmpty();
        assertThat(WORKERS.scope(caller(Set.of(Role.CONSULATE), null, " "))).isEmpty();
        assertThat(caller(Set.of(Role.EMPLOYER), null, null).missingScopeClaim()).contains("employer_id");
        assertThat(caller(Set.of(Role.CONSULATE), null, null).missingScopeClaim()).contains("country");
        assertThat(caller(Set.of(Role.MIFI), null, null).missingScopeClaim()).isEmpty();
    }

    @Test
    void aCallerWithTwoScopedRolesSeesWhatEitherGrants() {
        String either = WORKERS.require(caller(Set.of(Role.EMPLOYER, Role.CONSULATE), "emp-a", "GT")).getCriteriaObject().toJson();

        assertThat(either).contains("$or", "\"employerId\": \"emp-a\"", "\"citizenship\": \"GT\"");
    }
}
