package qc.passerelle.commonview.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import qc.passerelle.testsupport.EmbeddedInfrastructure;

/**
 * Outside development, the sign-in page sends the person to the identity provider (authorization code flow) and
 * offers no demo users. The provider itself is not here: the test stops at the redirect it would receive.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "PASSERELLE_OIDC_AUTHORIZATION_URI=https://idp.example/realms/passerelle/protocol/openid-connect/auth"})
@ActiveProfiles("oidc-login")
class OAuth2LoginTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.get().register(registry, "common-view-oauth2");
        registry.add("spring.cloud.stream.bindings.mobilityEvents-in-0.group", () -> "common-view-oauth2");
    }

    @LocalServerPort
    int port;

    @Test
    void theSignInPageLeadsToTheIdentityProvidersAuthorizationEndpointAndListsNoDemoUsers() {
        DashboardPagesTest.Browser browser = new DashboardPagesTest.Browser(port);
        assertThat(browser.get("/tableau/mifi").headers().firstValue("Location").orElseThrow()).endsWith("/connexion");
        String page = browser.get("/connexion").body();
        assertThat(page).contains("id=\"connexion-oidc\"", "/oauth2/authorization/passerelle").doesNotContain("data-user=");

        HttpResponse<String> toProvider = browser.get("/oauth2/authorization/passerelle");
        assertThat(toProvider.statusCode()).isEqualTo(302);
        assertThat(toProvider.headers().firstValue("Location").orElseThrow())
                .startsWith("https://idp.example/realms/passerelle/protocol/openid-connect/auth?")
                .contains("response_type=code", "client_id=passerelle-dashboard", "state=",
                        "redirect_uri=http://localhost:" + port + "/login/oauth2/code/passerelle");
        assertThat(browser.post("/connexion/dev", java.util.Map.of("subject", "mifi-analyste")).statusCode())
                .as("no demo sign-in outside development").isIn(403, 404);
    }
}
