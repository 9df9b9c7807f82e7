package qc.passerelle.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling and what they may see: the roles and the scope claims of the token ({@code employer_id},
 * {@code country}, {@code institution_id}). Handlers put the scope into their database queries.
 */
public record Caller(String subject, Set<Role> roles, String employerId, String country, String institutionId) {

    public static final String ROLES = "roles";
    public static final String EMPLOYER_ID = "employer_id";
    public static final String COUNTRY = "country";
    public static final String INSTITUTION_ID = "institution_id";

    public static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            throw new IllegalStateException("no authenticated caller");
        }
        return of(token.getToken());
    }

    public static Caller of(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<String> claimed = jwt.getClaimAsStringList(ROLES);
        if (claimed != null) {
            for (String role : claimed) {
                for (Role known : Role.values()) {
                    if (known.name().equals(role)) {
                        roles.add(known);
                    }
                }
            }
        }
        return new Caller(jwt.getSubject(), roles, jwt.getClaimAsString(EMPLOYER_ID), jwt.getClaimAsString(COUNTRY),
                jwt.getClaimAsString(INSTITUTION_ID));
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }

    public boolean isMifi() {
        return is(Role.MIFI);
    }

    /** An employer acting for its own employer id (a claim without an id grants nothing). */
    public boolean isEmployer(String employer) {
        return is(Role.EMPLOYER) && employerId != null && employerId.equals(employer);
    }

    /** A consulate acting for its own country (a claim without a country grants nothing). */
    public boolean isConsulateOf(String countryCode) {
        return is(Role.CONSULATE) && country != null && country.equals(countryCode);
    }

    /**
     * The command's Idempotency-Key as stored: prefixed by the caller, since a key is the caller's own name for an
     * attempt and two callers may choose the same one.
     */
    public java.util.Optional<String> idempotencyKey(String header) {
        return qc.passerelle.web.IdempotencyKey.validated(header).map(key -> subject + "/" + key);
    }

    /**
     * The scope claim a scoped role needs and this token lacks, if any: such a token is refused everywhere (403)
     * rather than read as a scope of its own.
     */
    public java.util.Optional<String> missingScopeClaim() {
        if (is(Role.EMPLOYER) && blank(employerId)) {
            return java.util.Optional.of(EMPLOYER_ID);
        }
        if (is(Role.CONSULATE) && blank(country)) {
            return java.util.Optional.of(COUNTRY);
        }
        if (is(Role.INSTITUTION) && blank(institutionId)) {
            return java.util.Optional.of(INSTITUTION_ID);
        }
        return java.util.Optional.empty();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** What the audit records as the caller's scope: the claim that limits what they see. */
    public String scope() {
        if (isMifi()) {
            return "ALL";
        }
        if (is(Role.CONSULATE)) {
            return "country=" + country;
        }
        if (is(Role.EMPLOYER)) {
            return "employer_id=" + employerId;
        }
        if (is(Role.INSTITUTION)) {
            return "institution_id=" + institutionId;
        }
        if (is(Role.INSPECTOR) || is(Role.CANDIDATE)) {
            return "sub=" + subject;
        }
        return "none";
    }
}
