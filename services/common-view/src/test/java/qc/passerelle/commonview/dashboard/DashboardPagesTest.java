package qc.passerelle.commonview.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import qc.passerelle.commonview.support.Season;
import qc.passerelle.contracts.agriworkers.InspectionResult;
import qc.passerelle.testsupport.EmbeddedInfrastructure;
import qc.passerelle.testsupport.KafkaTestClient;
import qc.passerelle.testsupport.TestIdentityProvider;

/**
 * The dashboard as a browser uses it, over HTTP with a cookie jar: sign-in through the development issuer's demo
 * users, the session cookie, CSRF on forms, each audience's page and nobody else's, languages, acknowledging an
 * alert, sign-out. (The live updates, keyboard and accessibility checks run in real Chromium: infra/browser-tests.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("dev")
class DashboardPagesTest {

    static final TestIdentityProvider tokens = TestIdentityProvider.get();
    static final String EMPLOYER = "emp-tableau-" + System.nanoTime();
    static final Map<String, Map<String, Object>> USERS = Map.of(
            "consulat-gt", Map.of("roles", List.of("CONSULATE"), "claims", Map.of("country", "GT")),
            "ferme-tableau", Map.of("roles", List.of("EMPLOYER"), "claims", Map.of("employer_id", EMPLOYER)),
            "mifi-analyste", Map.of("roles", List.of("MIFI"), "claims", Map.of()),
            "inspecteur-07", Map.of("roles", List.of("INSPECTOR"), "claims", Map.of()));
    static HttpServer devIssuer;
    static String guatemalan;
    static String mexican;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) throws IOException {
        EmbeddedInfrastructure.get().register(registry, "common-view-dashboard");
        registry.add("spring.cloud.stream.bindings.mobilityEvents-in-0.group", () -> "common-view-dashboard");
        devIssuer = fakeDevIssuer();
        registry.add("passerelle.dashboard.dev-issuer", () -> "http://127.0.0.1:" + devIssuer.getAddress().getPort());
    }

    @BeforeAll
    static void aFarmWithAFailingUnitAGuatemalanInItAndAMexicanElsewhere() {
        try (KafkaTestClient kafka = new KafkaTestClient(EmbeddedInfrastructure.get().kafkaBootstrapServers())) {
            Season season = new Season(kafka);
            String failing = season.unit(EMPLOYER, "Montérégie");
            season.inspect(failing, EMPLOYER, InspectionResult.NON_COMPLIANT, 8, LocalDate.of(season.year(), 5, 30));
            guatemalan = season.arrive("GT", EMPLOYER, failing, LocalDate.of(season.year(), 4, 28));
            String elsewhere = season.unit("emp-autre-" + System.nanoTime(), "Laurentides");
            mexican = season.arrive("MX", "emp-autre", elsewhere, LocalDate.of(season.year(), 4, 29));
        }
    }

    @AfterAll
    static void stopIssuer() {
        devIssuer.stop(0);
    }

    @LocalServerPort
    int port;

    @Test
    void aSignedOutBrowserIsSentToTheSignInPageWhichListsTheDemoUsers() {
        Browser browser = new Browser(port);
        HttpResponse<String> page = browser.get("/tableau/consulats/GT");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/connexion");

        HttpResponse<String> signIn = browser.get("/connexion");
        assertThat(signIn.statusCode()).isEqualTo(200);
        assertThat(signIn.body()).contains("lang=\"fr\"", "data-user=\"consulat-gt\"", "data-user=\"ferme-tableau\"",
                "Utilisateurs de démonstration");
    }

    @Test
    void signingInWithoutTheFormsCsrfTokenIsRefused() {
        Browser browser = new Browser(port);
        browser.get("/connexion");
        assertThat(browser.post("/connexion/dev", Map.of("subject", "consulat-gt")).statusCode()).isEqualTo(403);
        assertThat(browser.get("/tableau/consulats/GT").statusCode()).isEqualTo(302);
    }

    @Test
    void aConsulateSeesItsOwnNationalsOnlyAndNothingOfAnotherCountry() {
        Browser gt = Browser.signedInAs(port, "consulat-gt");
        assertThat(gt.sessionCookie()).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        HttpResponse<String> home = gt.get("/");
        assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/tableau/consulats/GT");

        await().atMost(Duration.ofSeconds(30)).until(() -> gt.get("/tableau/consulats/GT").body().contains(guatemalan));
        String page = gt.get("/tableau/consulats/GT").body();
        assertThat(page).doesNotContain(mexican);
        assertThat(Pattern.compile("data-citizenship=\"([A-Z]{2})\"").matcher(page).results().map(m -> m.group(1)))
                .isNotEmpty().containsOnly("GT");
        HttpResponse<String> csv = gt.get("/tableau/consulats/GT/travailleurs.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains(guatemalan).doesNotContain(mexican);

        HttpResponse<String> other = gt.get("/tableau/consulats/MX");
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("Accès refusé").doesNotContain(mexican);
        assertThat(gt.get("/tableau/consulats/MX/travailleurs.csv").statusCode()).isEqualTo(403);
        assertThat(gt.stream("/tableau/flux?country=MX").statusCode()).isEqualTo(403);
        HttpResponse<java.io.InputStream> own = gt.stream("/tableau/flux");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
        assertThat(gt.get("/tableau/employeurs/" + EMPLOYER).statusCode()).isEqualTo(403);
        assertThat(gt.get("/tableau/mifi").statusCode()).isEqualTo(403);
    }

    @Test
    void thePageSpeaksTheBrowsersLanguageUntilThePersonChoosesAnother() {
        Browser gt = Browser.signedInAs(port, "consulat-gt");
        String spanish = gt.get("/tableau/consulats/GT", "es-MX,es;q=0.9").body();
        assertThat(spanish).contains("lang=\"es\"", "Consulado: nacionales de Guatemala", "Trabajadores");

        HttpResponse<String> chosen = gt.get("/tableau/consulats/GT?lang=en", "es");
        assertThat(chosen.body()).contains("lang=\"en\"", "Consulate: nationals of Guatemala");
        assertThat(gt.get("/tableau/consulats/GT", "es").body()).contains("lang=\"en\"");
        assertThat(new Browser(port).get("/connexion", "de-DE,de").body())
                .as("a language the dashboard does not speak falls back to French").contains("lang=\"fr\"");
    }

    @Test
    void anEmployerAcknowledgesAnAlertFromItsPage() {
        Browser farm = Browser.signedInAs(port, "ferme-tableau");
        String path = "/tableau/employeurs/" + EMPLOYER;
        await().atMost(Duration.ofSeconds(30)).until(() -> farm.get(path).body().contains("data-alert-type=\"WorkersInNonCompliantHousing\""));
        String page = farm.get(path).body();
        Matcher alert = Pattern.compile("data-alert-id=\"([^\"]+)\"").matcher(page);
        assertThat(alert.find()).isTrue();
        String alertId = alert.group(1);
        assertThat(page).contains("data-acknowledged=\"false\"", "data-action=\"acknowledge\"");

        HttpResponse<String> acknowledged = farm.post("/tableau/alertes/" + alertId + "/accuse",
                Map.of("retour", path, "_csrf", Browser.csrf(page)));
        assertThat(acknowledged.statusCode()).isEqualTo(302);
        assertThat(acknowledged.headers().firstValue("Location").orElseThrow()).contains(path + "#alerte-" + alertId);
        assertThat(farm.get(path).body()).contains("data-acknowledged=\"true\"", "Réception accusée par ferme-tableau");

        HttpResponse<String> elsewhere = farm.post("/tableau/alertes/" + alertId + "/accuse",
                Map.of("retour", "https://ailleurs.example/", "_csrf", Browser.csrf(farm.get(path).body())));
        assertThat(elsewhere.headers().firstValue("Location").orElseThrow())
                .as("a form does not send anyone off the dashboard").doesNotContain("ailleurs");
    }

    @Test
    void theSessionAndTheApisBearerTokensDoNotStandInForEachOther() {
        Browser gt = Browser.signedInAs(port, "consulat-gt");
        assertThat(gt.get("/api/views/consulates/GT/workers").statusCode()).isEqualTo(401);
        HttpResponse<String> withToken = new Browser(port).get("/tableau/consulats/GT", null,
                "Bearer " + tokens.consulate("GT"));
        assertThat(withToken.statusCode()).isEqualTo(302);
    }

    @Test
    void aRoleWithoutADashboardIsToldSoAndSigningOutEndsTheSession() {
        Browser inspector = Browser.signedInAs(port, "inspecteur-07");
        HttpResponse<String> home = inspector.get("/tableau");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Pas de tableau de bord pour votre rôle");

        HttpResponse<String> out = inspector.post("/deconnexion", Map.of("_csrf", Browser.csrf(home.body())));
        assertThat(out.headers().firstValue("Location").orElseThrow()).endsWith("/connexion?deconnecte");
        assertThat(inspector.get("/tableau").statusCode()).isEqualTo(302);
    }

    @Test
    void aWrongFilterIsABadRequestPageNamingTheField() {
        Browser mifi = Browser.signedInAs(port, "mifi-analyste");
        HttpResponse<String> page = mifi.get("/tableau/consulats/GT?status=PARTOUT");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("Demande invalide", "status");
        assertThat(mifi.get("/tableau/mifi?saison=1850").statusCode()).isEqualTo(400);
        assertThat(mifi.get("/tableau/mifi").body()).contains("id=\"arrivees-pays\"", "id=\"programmes\"");
    }

    /** The demo users and their tokens, as the development issuer serves them, signed by the tests' issuer. */
    private static HttpServer fakeDevIssuer() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/dev/users", exchange -> {
            StringBuilder json = new StringBuilder("[");
            USERS.forEach((subject, user) -> json.append(json.length() > 1 ? "," : "").append("{\"subject\":\"")
                    .append(subject).append("\",\"roles\":[\"").append(((List<?>) user.get("roles")).get(0))
                    .append("\"],\"claims\":{").append(claims(user)).append("},\"note\":\"démo\"}"));
            respond(exchange, json.append("]").toString());
        });
        server.createContext("/dev/tokens", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Matcher subject = Pattern.compile("\"subject\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
            subject.find();
            Map<String, Object> user = USERS.get(subject.group(1));
            @SuppressWarnings("unchecked")
            String token = tokens.token(subject.group(1), (List<String>) user.get("roles"), (Map<String, String>) user.get("claims"));
            respond(exchange, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
        });
        server.start();
        return server;
    }

    @SuppressWarnings("unchecked")
    private static String claims(Map<String, Object> user) {
        StringBuilder json = new StringBuilder();
        ((Map<String, String>) user.get("claims")).forEach((k, v) ->
                json.append(json.isEmpty() ? "" : ",").append('"').append(k).append("\":\"").append(v).append('"'));
        return json.toString();
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** A browser's HTTP side: a cookie jar, no automatic redirects (the tests look at them). */
    static final class Browser {

        private final int port;
        private final CookieManager cookies = new CookieManager();
        private final HttpClient client;
        private String lastSessionCookie;

        Browser(int port) {
            this.port = port;
            this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        }

        static Browser signedInAs(int port, String subject) {
            Browser browser = new Browser(port);
            String page = browser.get("/connexion").body();
            HttpResponse<String> signedIn = browser.post("/connexion/dev", Map.of("subject", subject, "_csrf", csrf(page)));
            assertThat(signedIn.statusCode()).as("sign-in as " + subject).isEqualTo(302);
            return browser;
        }

        static String csrf(String page) {
            Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
            assertThat(token.find()).as("a CSRF token in the page's forms").isTrue();
            return token.group(1);
        }

        HttpResponse<String> get(String path) {
            return get(path, null);
        }

        HttpResponse<String> get(String path, String language) {
            return get(path, language, null);
        }

        HttpResponse<String> get(String path, String language, String authorization) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(10)).header("Accept", "text/html");
            if (language != null) {
                request.header("Accept-Language", language);
            }
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            return send(request.GET().build());
        }

        /** What an EventSource asks; only the status and headers are read (the stream itself would not end). */
        HttpResponse<java.io.InputStream> stream(String path) {
            try {
                HttpResponse<java.io.InputStream> response = client.send(HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(10))
                        .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
                response.body().close();
                return response;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        HttpResponse<String> post(String path, Map<String, String> form) {
            StringBuilder body = new StringBuilder();
            form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(k).append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
        }

        String sessionCookie() {
            return lastSessionCookie;
        }

        private HttpResponse<String> send(HttpRequest request) {
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                        .forEach(c -> lastSessionCookie = c);
                return response;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
