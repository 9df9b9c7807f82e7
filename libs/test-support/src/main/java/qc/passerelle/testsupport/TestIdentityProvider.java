package qc.passerelle.testsupport;

import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import qc.passerelle.devidentity.TokenMinter;

/**
 * An OIDC-like issuer for tests: serves its JWK set over HTTP, so services validate tokens exactly as they would
 * against a real identity provider, and mints tokens for each role, as well as the bad ones a test must see refused.
 */
public final class TestIdentityProvider {

    private static TestIdentityProvider instance;

    private final HttpServer server;
    private final TokenMinter minter;
    private final TokenMinter otherKey;
    private final TokenMinter otherIssuer;
    private final TokenMinter otherAudience;

    private TestIdentityProvider() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String issuer = "http://localhost:" + server.getAddress().getPort();
        RSAKey key = TokenMinter.newKey();
        minter = new TokenMinter(key, issuer);
        otherKey = new TokenMinter(TokenMinter.newKey(), issuer);
        otherIssuer = new TokenMinter(key, "http://localhost:1/not-our-issuer");
        otherAudience = new TokenMinter(key, issuer, "some-other-application");
        byte[] jwks = minter.jwkSetJson().getBytes(StandardCharsets.UTF_8);
        server.createContext("/oauth2/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        server.start();
    }

    public static synchronized TestIdentityProvider get() {
        if (instance == null) {
            instance = new TestIdentityProvider();
        }
        return instance;
    }

    public String issuer() {
        return minter.issuer();
    }

    public String jwkSetUri() {
        return issuer() + "/oauth2/jwks";
    }

    public String mifi() {
        return token("mifi-analyst", List.of("MIFI"), Map.of());
    }

    public String consulate(String country) {
        return token("consulate-" + country.toLowerCase(), List.of("CONSULATE"), Map.of("country", country));
    }

    public String employer(String employerId) {
        return token("employer-" + employerId, List.of("EMPLOYER"), Map.of("employer_id", employerId));
    }

    public String inspector() {
        return token("inspector-07", List.of("INSPECTOR"), Map.of());
    }

    public String recruiter() {
        return token("recruiter-jq", List.of("RECRUITER"), Map.of());
    }

    public String institution(String institutionId) {
        return token("institution-" + institutionId, List.of("INSTITUTION"), Map.of("institution_id", institutionId));
    }

    public String token(String subject, List<String> roles, Map<String, String> claims) {
        return minter.mint(subject, roles, claims, Duration.ofMinutes(10));
    }

    public String mifiSignedByAnotherKey() {
        return otherKey.mint("intruder", List.of("MIFI"), Map.of(), Duration.ofMinutes(10));
    }

    public String mifiFromAnotherIssuer() {
        return otherIssuer.mint("intruder", List.of("MIFI"), Map.of(), Duration.ofMinutes(10));
    }

    /** Signed by the right key and issuer, but meant for another application. */
    public String mifiForAnotherAudience() {
        return otherAudience.mint("intruder", List.of("MIFI"), Map.of(), Duration.ofMinutes(10));
    }

    public String candidate(String candidateId) {
        return token(candidateId, List.of("CANDIDATE"), Map.of());
    }

    public String expiredMifi() {
        return minter.mint("late", List.of("MIFI"), Map.of(), Instant.now().minus(Duration.ofHours(2)), Duration.ofMinutes(10));
    }

    public static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }
}
