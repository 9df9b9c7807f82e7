package qc.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The demo farm's manager signs in, acknowledges an alert, and sees it acknowledged on the page it comes back to. */
@BrowserTest
@Order(7)
class AcknowledgeAlertTest {

    @Test
    void an_employer_acknowledges_an_alert(Season season) {
        try (Browser browser = Chromium.open(Locale.CANADA_FRENCH)) {
            Dashboard page = SignInPage.open(browser, season.site()).signInAs(Audience.EMPLOYER.subject(season));
            String home = Audience.EMPLOYER.mainPage(season);
            assertThat(page.path()).isEqualTo(home);
            String alertId = page.firstAlertToAcknowledge()
                    .orElseThrow(() -> new AssertionError("no alert to acknowledge on " + home + ": " + page.alertIds()));

            page.acknowledge(alertId);

            assertThat(page.path()).as("back on the page after the form").isEqualTo(home);
            browser.waitUntil(driver -> page.acknowledged(alertId));
            assertThat(page.alert(alertId).findElements(By.cssSelector("button[data-action=acknowledge]")))
                    .as("no second acknowledgement offered").isEmpty();
        }
    }
}
