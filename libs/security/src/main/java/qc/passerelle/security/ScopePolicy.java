package qc.passerelle.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who sees which documents of one aggregate, as a database condition: one policy per aggregate, used by every
 * query, command and export of it, so that the scope is enforced by the store and never by the client. A caller
 * holding several roles sees what any of them grants; a caller none of whose roles is named sees nothing (403).
 *
 * <pre>
 * ScopePolicy.named("workers")
 *     .everything(Role.MIFI)
 *     .where(Role.EMPLOYER, caller -> Criteria.where("employerId").is(caller.employerId()))
 *     .where(Role.CONSULATE, caller -> Criteria.where("citizenship").is(caller.country()))
 *     .build();
 * </pre>
 */
public final class ScopePolicy {

    private final String aggregate;
    private final Map<Role, Function<Caller, Criteria>> rules;

    private ScopePolicy(String aggregate, Map<Role, Function<Caller, Criteria>> rules) {
        this.aggregate = aggregate;
        this.rules = rules;
    }

    public static Builder named(String aggregate) {
        return new Builder(aggregate);
    }

    /** The condition the caller's documents meet, or empty when none of the caller's roles gives access. */
    public Optional<Criteria> scope(Caller caller) {
        if (caller.missingScopeClaim().isPresent()) {
            return Optional.empty();
        }
        List<Criteria> granted = new ArrayList<>();
        for (Map.Entry<Role, Function<Caller, Criteria>> rule : rules.entrySet()) {
            if (caller.is(rule.getKey())) {
                Criteria criteria = rule.getValue().apply(caller);
                if (criteria == null) {
                    return Optional.of(new Criteria());
                }
                granted.add(criteria);
            }
        }
        if (granted.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(granted.size() == 1 ? granted.get(0) : new Criteria().orOperator(granted));
    }

    /** The caller's condition, or a 403 for a caller who may see none of these documents. */
    public Criteria require(Caller caller) {
        return scope(caller).orElseThrow(() -> new AccessDeniedException("no access to " + aggregate));
    }

    /** Whether the role is named at all: for the access matrix and the documentation. */
    public boolean grants(Role role) {
        return rules.containsKey(role);
    }

    public static final class Builder {
        private final String aggregate;
        private final Map<Role, Function<Caller, Criteria>> rules = new LinkedHashMap<>();

        private Builder(String aggregate) {
            this.aggregate = aggregate;
        }

        /** The role sees every document of the aggregate. */
        public Builder everything(Role role) {
            rules.put(role, caller -> null);
            return this;
        }

        /** The role sees the documents that meet the condition built from the caller's claims. */
        public Builder where(Role role, Function<Caller, Criteria> condition) {
            rules.put(role, condition);
            return this;
        }

        public ScopePolicy build() {
            return new ScopePolicy(aggregate, Map.copyOf(rules));
        }
    }
}
