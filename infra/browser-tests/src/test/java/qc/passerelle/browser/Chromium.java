package qc.passerelle.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium, with a browser language of its own and a fresh profile each time. The driver's path is
 * given, so Selenium never asks Selenium Manager to download a driver or a browser; nothing is fetched at run time.
 */
final class Chromium {

    static final Path BROWSER = Path.of(System.getProperty("passerelle.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("passerelle.chromedriver", "/usr/bin/chromedriver"));

    /**
     * Selenium warns, for every browser, that it has no DevTools binding for this Chromium: the tests use none (raw
     * CDP commands only), so the warning is noise. Held here, as java.util.logging keeps loggers only weakly.
     */
    private static final java.util.logging.Logger CDP_VERSION_FINDER = quiet("org.openqa.selenium.devtools.CdpVersionFinder");

    /** The width the README's screenshots are taken at. */
    static final int WIDTH = 1280;

    private Chromium() {
    }

    /**
     * A browser whose user asks for {@code language} (the Accept-Language it sends and the language of its UI), as a
     * person who set up their browser in that language would.
     */
    static Browser open(Locale language) {
        Path profile;
        try {
            profile = Files.createTempDirectory("passerelle-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                // containers have a small /dev/shm; Chromium falls back to /tmp
                "--disable-dev-shm-usage",
                // the page at its full width in the screenshots, no scrollbar taking 15 pixels of it
                "--hide-scrollbars",
                "--user-data-dir=" + profile,
                "--window-size=" + WIDTH + ",900",
                "--lang=" + language.toLanguageTag());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguages(language)));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
        return new Browser(driver, profile);
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    /** fr-CA gives "fr-CA,fr", es gives "es". */
    private static String acceptLanguages(Locale language) {
        return language.getCountry().isEmpty() ? language.getLanguage()
                : language.toLanguageTag() + "," + language.getLanguage();
    }
}
