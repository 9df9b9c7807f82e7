package qc.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** A browser set up in Spanish gets the pages in Spanish, from the sign-in page on, without choosing anything. */
@BrowserTest
@Order(5)
class SpanishTest {

    @Test
    void the_pages_answer_in_spanish_when_the_browser_asks_for_spanish(Season season) {
        try (Browser browser = Chromium.open(Locale.of("es"))) {
            SignInPage signIn = SignInPage.open(browser, season.site());
            Dashboard signInPage = new Dashboard(browser);
            assertThat(signInPage.language()).isEqualTo("es");
            assertThat(signInPage.skipLinkText()).isEqualTo("Ir al contenido");

            Dashboard consulate = signIn.signInAs("consulat-gt");

            assertThat(consulate.language()).isEqualTo("es");
            assertThat(consulate.heading()).startsWith("Consulado");
            assertThat(consulate.skipLinkText()).isEqualTo("Ir al contenido");
            assertThat(browser.driver().getPageSource()).contains("Alertas abiertas", "Trabajadores");
        }
    }

    @Test
    void a_person_switches_to_spanish_and_the_choice_is_remembered(Season season) {
        try (Browser browser = Chromium.open(Locale.CANADA_FRENCH)) {
            Dashboard page = SignInPage.open(browser, season.site()).signInAs("consulat-gt");
            assertThat(page.language()).isEqualTo("fr");

            new Select(browser.driver().findElement(By.cssSelector("form#langue select[name=lang]"))).selectByValue("es");
            browser.driver().findElement(By.cssSelector("form#langue button[type=submit]")).click();
            browser.waitUntil(driver -> "es".equals(page.language()));

            browser.get(season.site().resolve("/tableau/consulats/GT"));
            assertThat(page.language()).as("the next page, with no ?lang").isEqualTo("es");
            assertThat(page.heading()).startsWith("Consulado");
        }
    }
}
