package qc.passerelle.devidentity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

class DevIdentityTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void mintsTokensThatItsPublishedKeyVerifiesAndKeepsTheKeyAcrossRestarts(@TempDir Path data) throws Exception {
        String firstKeys;
        try (ConfigurableApplicationContext issuer = start(data, "dev")) {
            String base = base(issuer);
            HttpResponse<String> minted = post(base + "/dev/tokens",
                    "{\"subject\": \"consulat-gt\", \"roles\": [\"CONSULATE\"], \"country\": \"GT\"}");
            assertThat(minted.statusCode()).isEqualTo(200);
            assertThat(minted.body()).contains("\"token_type\":\"Bearer\"", "\"expires_in\":3600");
            String token = minted.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");

            firstKeys = get(base + "/oauth2/jwks").body();
            SignedJWT jwt = SignedJWT.parse(token);
            RSAKey key = (RSAKey) JWKSet.parse(firstKeys).getKeyByKeyId(jwt.getHeader().getKeyID());
            assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
            assertThat(jwt.getJWTClaimsSet().getStringClaim("country")).isEqualTo("GT");
            assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("CONSULATE");
            assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("http://localhost:9000");
            assertThat(get(base + "/.well-known/openid-configuration").body())
                    .contains("\"jwks_uri\":\"http://localhost:9000/oauth2/jwks\"");
        }
        try (ConfigurableApplicationContext restarted = start(data, "dev")) {
            assertThat(get(base(restarted) + "/oauth2/jwks").body()).isEqualTo(firstKeys);
        }
    }

    @Test
    void aScopedRoleWithoutItsClaimOrAnUnknownRoleIsRefusedNamingTheField(@TempDir Path data) throws Exception {
        try (ConfigurableApplicationContext issuer = start(data, "dev")) {
            HttpResponse<String> noCountry = post(base(issuer) + "/dev/tokens", "{\"subject\": \"x\", \"roles\": [\"CONSULATE\"]}");
            HttpResponse<String> unknownRole = post(base(issuer) + "/dev/tokens", "{\"subject\": \"x\", \"roles\": [\"ADMIN\"]}");

            assertThat(noCountry.statusCode()).isEqualTo(400);
            assertThat(noCountry.body()).contains("\"field\":\"country\"");
            assertThat(unknownRole.statusCode()).isEqualTo(400);
            assertThat(unknownRole.body()).contains("roles");
        }
    }

    @Test
    void withoutTheDevProfileThereIsNoTokenEndpoint(@TempDir Path data) throws Exception {
        try (ConfigurableApplicationContext issuer = start(data, "prod")) {
            assertThat(post(base(issuer) + "/dev/tokens", "{\"subject\": \"x\", \"roles\": [\"MIFI\"]}").statusCode())
                    .isEqualTo(404);
            assertThat(get(base(issuer) + "/oauth2/jwks").statusCode()).isEqualTo(200);
        }
    }

    private static ConfigurableApplicationContext start(Path data, String profile) {
        return new SpringApplicationBuilder(DevIdentityApplication.class).run("--server.port=0",
                "--spring.profiles.active=" + profile, "--passerelle.dev-identity.key-file=" + data.resolve("key.json"));
    }

    private static String base(ConfigurableApplicationContext context) {
        return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
