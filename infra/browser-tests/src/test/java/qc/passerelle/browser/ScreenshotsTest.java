package qc.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The README's pictures: each audience's main page, in French and in Spanish, from the demo season, at 1280 pixels
 * wide, written to {@code target/screenshots}, or to {@code docs/screenshots/<audience>-<lang>.png} with
 * {@code -Dpasserelle.screenshots=docs}.
 */
@BrowserTest
@Order(1)
class ScreenshotsTest {

    @ParameterizedTest
    @EnumSource(Audience.class)
    void in_french(Audience audience, Season season) throws IOException {
        screenshot(audience, season, Locale.CANADA_FRENCH, "fr");
    }

    @ParameterizedTest
    @EnumSource(Audience.class)
    void in_spanish(Audience audience, Season season) throws IOException {
        screenshot(audience, season, Locale.of("es"), "es");
    }

    private static void screenshot(Audience audience, Season season, Locale language, String lang) throws IOException {
        Path file = RepositoryFolders.screenshots().resolve(audience.fileName + "-" + lang + ".png");
        try (Browser browser = Chromium.open(language)) {
            Dashboard page = SignInPage.open(browser, season.site()).signInAs(audience.subject(season));
            assertThat(page.path()).isEqualTo(audience.mainPage(season));
            assertThat(page.language()).isEqualTo(lang);
            browser.screenshotOfWholePage(file);
        }
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).as(file + " is a PNG").isNotNull();
        assertThat(image.getWidth()).isEqualTo(Chromium.WIDTH);
        assertThat(image.getHeight()).as("more than the window").isGreaterThan(900);
        System.out.printf("screenshot %s: %d x %d%n", file, image.getWidth(), image.getHeight());
    }
}
