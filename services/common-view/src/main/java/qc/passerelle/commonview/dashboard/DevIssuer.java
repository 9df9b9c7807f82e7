package qc.passerelle.commonview.dashboard;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import qc.passerelle.security.IdentityEnvironment;

/**
 * The local stack's development token issuer, as the sign-in page uses it: its demo users, and a token for the one
 * chosen. Exists only where the services trust that issuer anyway.
 */
@Component
@Conditional(DevIssuer.Enabled.class)
class DevIssuer {

    /**
     * With the dev profile (./passerelle up), or where the services are told to trust the development issuer and
     * the dashboard is given its address (docker compose with infra/compose/dev.env), never otherwise.
     */
    static final class Enabled implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String address = context.getEnvironment().getProperty("passerelle.dashboard.dev-issuer");
            return context.getEnvironment().matchesProfiles("dev") || (address != null && !address.isBlank());
        }
    }

    /** A working day: the session ends with its token. */
    static final long TOKEN_SECONDS = 8 * 3600;

    record DemoUser(String subject, List<String> roles, Map<String, String> claims, String note) {
    }

    record Token(String access_token) {
    }

    private final RestClient client;

    /** The issuer the services trust; a test may serve the demo users elsewhere. */
    DevIssuer(@Value("${passerelle.dashboard.dev-issuer:${" + IdentityEnvironment.ISSUER + "}}") String issuer) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
        requests.setReadTimeout(Duration.ofSeconds(5));
        this.client = RestClient.builder().baseUrl(issuer).requestFactory(requests).build();
    }

    List<DemoUser> users() {
        List<DemoUser> users = client.get().uri("/dev/users").accept(MediaType.APPLICATION_JSON).retrieve()
                .body(new ParameterizedTypeReference<List<DemoUser>>() { });
        return users == null ? List.of() : users;
    }

    Optional<DemoUser> user(String subject) {
        return users().stream().filter(u -> u.subject().equals(subject)).findFirst();
    }

    String token(DemoUser user) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("subject", user.subject());
        request.put("roles", user.roles());
        request.putAll(user.claims());
        request.put("expires_in", TOKEN_SECONDS);
        Token token = client.post().uri("/dev/tokens").contentType(MediaType.APPLICATION_JSON).body(request)
                .retrieve().body(Token.class);
        if (token == null || token.access_token() == null) {
            throw new IllegalStateException("the development issuer answered no token");
        }
        return token.access_token();
    }
}
