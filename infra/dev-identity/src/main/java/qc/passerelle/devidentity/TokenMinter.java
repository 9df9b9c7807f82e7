package qc.passerelle.devidentity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Signs JWTs the way an OIDC provider would (RS256, kid in the header, the services' audience): the development
 * issuer's, and the tests' through test-support. It lives here and nowhere in a service's jar.
 */
public final class TokenMinter {

    /** The audience every service checks ({@code spring.security.oauth2.resourceserver.jwt.audiences}). */
    public static final String AUDIENCE = "passerelle";

    private final RSAKey key;
    private final String issuer;
    private final String audience;

    public TokenMinter(RSAKey key, String issuer) {
        this(key, issuer, AUDIENCE);
    }

    public TokenMinter(RSAKey key, String issuer, String audience) {
        this.key = key;
        this.issuer = issuer;
        this.audience = audience;
    }

    public static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot create an RSA key", e);
        }
    }

    public String issuer() {
        return issuer;
    }

    /** The public half only, as served at the JWK set endpoint. */
    public String jwkSetJson() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    public String mint(String subject, List<String> roles, Map<String, String> scopeClaims, Duration lifetime) {
        return mint(subject, roles, scopeClaims, Instant.now(), lifetime);
    }

    public String mint(String subject, List<String> roles, Map<String, String> scopeClaims, Instant issuedAt,
                       Duration lifetime) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject(subject)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(lifetime)))
                .claim("roles", roles);
        scopeClaims.forEach(claims::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
        return jwt.serialize();
    }
}
