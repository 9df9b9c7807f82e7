package qc.passerelle.browser;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/** The development token issuer: its demo users (those the sign-in page lists) and tokens on request. */
final class DevIssuer {

    private final URI issuer;

    DevIssuer(URI issuer) {
        this.issuer = issuer;
    }

    String token(String subject, String role, Map<String, String> claims) {
        Map<String, Object> request = new LinkedHashMap<>(claims);
        request.put("subject", subject);
        request.put("roles", List.of(role));
        return JsonApi.post(null, issuer.resolve("/dev/tokens"), request).get("access_token").asString();
    }

    String mifiToken() {
        return token("browser-tests-mifi", "MIFI", Map.of());
    }

    /** The first demo user with this role, as {@code GET /dev/users} lists it. */
    JsonNode demoUser(String role) {
        JsonNode users = JsonApi.get(null, issuer.resolve("/dev/users"));
        return StreamSupport.stream(users.spliterator(), false)
                .filter(user -> StreamSupport.stream(user.get("roles").spliterator(), false)
                        .anyMatch(r -> r.asString().equals(role)))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the development issuer has no demo user with role "
                        + role + ": " + users));
    }
}
