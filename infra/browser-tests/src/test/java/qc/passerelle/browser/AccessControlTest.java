package qc.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * Through the browser session itself (its cookie, as a person's browser has it), not only the API: a consulate
 * reaches nothing of another country's, and nobody signed out reaches any dashboard.
 */
@BrowserTest
@Order(6)
class AccessControlTest {

    @Test
    void the_guatemalan_consulate_cannot_reach_the_mexican_page_export_or_stream(Season season) {
        try (Browser browser = Chromium.open(Locale.CANADA_FRENCH)) {
            SignInPage.open(browser, season.site()).signInAs("consulat-gt");

            assertThat(browser.status("/tableau/consulats/MX")).isEqualTo(403);
            assertThat(browser.status("/tableau/consulats/MX/travailleurs.csv")).isEqualTo(403);
            assertThat(browser.status("/tableau/consulats/MX/signalements.csv")).isEqualTo(403);
            assertThat(browser.status("/tableau/flux?country=MX")).isEqualTo(403);
            assertThat(browser.status("/tableau/personnes/" + aWorkerOf("MX", season))).as("a Mexican's timeline")
                    .isEqualTo(403);
            // its own are open to it: the refusals above are about the country, not the session
            assertThat(browser.status("/tableau/consulats/GT/travailleurs.csv")).isEqualTo(200);
            assertThat(browser.status("/tableau/flux")).isEqualTo(200);
            assertThat(browser.status("/tableau/personnes/" + aWorkerOf("GT", season))).isEqualTo(200);

            browser.get(season.site().resolve("/tableau/consulats/MX"));
            assertThat(browser.driver().findElements(By.cssSelector("tr[data-worker-id]")))
                    .as("Mexican workers shown to the Guatemalan consulate").isEmpty();
            assertThat(browser.driver().findElements(By.cssSelector("main#contenu h1"))).as("an error page").hasSize(1);
        }
    }

    @Test
    void a_signed_out_browser_is_sent_to_the_sign_in_page(Season season) {
        try (Browser browser = Chromium.open(Locale.CANADA_FRENCH)) {
            browser.get(season.site().resolve("/tableau/consulats/GT"));
            browser.waitUntil(driver -> browser.path().equals("/connexion"));
            browser.get(season.site().resolve("/"));
            browser.waitUntil(driver -> browser.path().equals("/connexion"));
            assertThat(browser.driver().findElements(By.cssSelector("tr[data-worker-id]"))).isEmpty();
        }
    }

    @Test
    void the_session_cookie_is_out_of_reach_of_scripts_and_other_sites(Season season) {
        try (Browser browser = Chromium.open(Locale.CANADA_FRENCH)) {
            SignInPage.open(browser, season.site()).signInAs("consulat-gt");

            Cookie session = browser.driver().manage().getCookies().stream()
                    .filter(cookie -> cookie.getName().equals("PASSERELLE_SESSION") || cookie.getName().equals("JSESSIONID"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no session cookie: " + browser.driver().manage().getCookies()));
            assertThat(session.isHttpOnly()).as("HttpOnly").isTrue();
            assertThat(session.getSameSite()).as("SameSite").isIn("Lax", "Strict");
            assertThat(browser.driver().executeScript("return document.cookie;").toString())
                    .doesNotContain(session.getName());
        }
    }

    @Test
    void signing_out_ends_the_session(Season season) {
        try (Browser browser = Chromium.open(Locale.CANADA_FRENCH)) {
            SignInPage.open(browser, season.site()).signInAs("consulat-gt");

            browser.driver().findElement(By.cssSelector("form#deconnexion button[type=submit]")).click();
            browser.waitUntil(driver -> browser.path().equals("/connexion"));

            browser.get(season.site().resolve("/tableau/consulats/GT"));
            browser.waitUntil(driver -> browser.path().equals("/connexion"));
            assertThat(browser.status("/tableau/consulats/GT/travailleurs.csv")).as("the export, signed out")
                    .isNotEqualTo(200);
        }
    }

    private static String aWorkerOf(String country, Season season) {
        return JsonApi.get(season.issuer().mifiToken(),
                        season.site().resolve("/api/views/consulates/" + country + "/workers?size=1"))
                .get("items").get(0).get("workerId").asString();
    }
}
