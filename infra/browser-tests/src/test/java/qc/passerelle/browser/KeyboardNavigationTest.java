package qc.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** With the keyboard alone, Tab after Tab reaches every visible control of each audience's main page. */
@BrowserTest
@Order(3)
class KeyboardNavigationTest {

    @ParameterizedTest
    @EnumSource(Audience.class)
    void tab_reaches_every_control(Audience audience, Season season) {
        try (Browser browser = Chromium.open(Locale.CANADA_FRENCH)) {
            SignInPage.open(browser, season.site()).signInAs(audience.subject(season));
            KeyboardWalk walk = new KeyboardWalk(browser);

            List<String> missed = walk.controlsNeverFocused();

            System.out.printf("keyboard: %d controls on %s, %d never focused%n", walk.controls(),
                    audience.mainPage(season), missed.size());
            assertThat(walk.controls()).as("controls on the page").isPositive();
            assertThat(missed).as("controls on %s that Tab never reached", audience.mainPage(season)).isEmpty();
        }
    }
}
