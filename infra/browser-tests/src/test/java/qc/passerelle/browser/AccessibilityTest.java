package qc.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** axe-core, run in the browser on each audience's main page in French: no serious or critical violation. */
@BrowserTest
@Order(2)
class AccessibilityTest {

    @ParameterizedTest
    @EnumSource(Audience.class)
    void the_main_page_has_no_serious_or_critical_violation(Audience audience, Season season) {
        try (Browser browser = Chromium.open(Locale.CANADA_FRENCH)) {
            Dashboard page = SignInPage.open(browser, season.site()).signInAs(audience.subject(season));
            assertThat(page.path()).isEqualTo(audience.mainPage(season));

            List<Axe.Violation> violations = Axe.seriousViolations(browser);

            assertThat(violations)
                    .as("axe-core on %s:%n%s", page.path(),
                            violations.stream().map(Axe.Violation::toString).collect(Collectors.joining("\n")))
                    .isEmpty();
        }
    }

    /** The check above passes only if axe-core really looks: a page with faults put into it must fail it. */
    @Test
    void the_check_catches_faults_put_into_a_page(Season season) {
        try (Browser browser = Chromium.open(Locale.CANADA_FRENCH)) {
            SignInPage.open(browser, season.site());
            browser.driver().executeScript("""
                    var main = document.getElementById('contenu');
                    main.insertAdjacentHTML('beforeend', '<img src="/css/passerelle.css"><input type="text">');
                    """);

            List<Axe.Violation> violations = Axe.seriousViolations(browser);

            assertThat(violations).extracting(Axe.Violation::rule).contains("image-alt", "label");
        }
    }
}
