package qc.passerelle.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One headless Chromium with its own profile, closed (and its profile deleted) after use. */
final class Browser implements AutoCloseable {

    /** Long enough for a busy 2-core machine running the whole stack beside the browser. */
    static final Duration PATIENCE = Duration.ofSeconds(60);

    private final ChromeDriver driver;
    private final Path profile;

    Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    ChromeDriver driver() {
        return driver;
    }

    void get(URI url) {
        driver.get(url.toString());
    }

    /** The path of the page shown now, e.g. {@code /tableau/consulats/GT}. */
    String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Waits, as a person looking at the page would, for what it should show; no fixed sleeps. */
    <T> T waitUntil(Function<WebDriver, T> condition) {
        // a live page replaces whole sections as news comes: an element found a moment ago may be gone
        return new WebDriverWait(driver, PATIENCE, Duration.ofMillis(200))
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    /**
     * The HTTP status this browser session gets for {@code path} of the page's site: a request from the page itself,
     * with its session cookie, redirects not followed (a redirect answers 0). An endless answer (a stream) is
     * abandoned once its status is known.
     */
    long status(String path) {
        Object status = driver.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var stop = new AbortController();
                var timer = setTimeout(function () { stop.abort(); }, 20000);
                fetch(arguments[0], { credentials: 'same-origin', redirect: 'manual', signal: stop.signal })
                  .then(function (r) { clearTimeout(timer); done(r.status); stop.abort(); })
                  .catch(function (e) { done('no answer: ' + e); });
                """, path);
        if (status instanceof Number number) {
            return number.longValue();
        }
        throw new AssertionError("the browser got no answer for " + path + ": " + status);
    }

    /**
     * Lets a test see the EventSource objects the pages it opens from now on create (their state: connecting, open,
     * closed), without changing what they do.
     */
    void watchLiveStreams() {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                (function () {
                  var Original = window.EventSource;
                  if (!Original) { return; }
                  window.passerelleStreams = [];
                  function Watched(url, init) {
                    var source = new Original(url, init);
                    window.passerelleStreams.push(source);
                    return source;
                  }
                  Watched.prototype = Original.prototype;
                  Watched.CONNECTING = Original.CONNECTING;
                  Watched.OPEN = Original.OPEN;
                  Watched.CLOSED = Original.CLOSED;
                  window.EventSource = Watched;
                })();
                """));
    }

    /** A README picture shows what a person sees first and a little more, not a list of three hundred rows. */
    static final double MOST_HEIGHT = 2400;

    /**
     * The page beyond the window (Chromium's own capture beyond the viewport), at the width of the window, down to
     * {@link #MOST_HEIGHT} pixels.
     */
    void screenshotOfWholePage(Path file) {
        @SuppressWarnings("unchecked")
        Map<String, Object> metrics = (Map<String, Object>) (Map<?, ?>) driver.executeCdpCommand("Page.getLayoutMetrics",
                Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
        double width = ((Number) content.get("width")).doubleValue();
        double height = Math.min(MOST_HEIGHT, ((Number) content.get("height")).doubleValue());
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a profile left in /tmp is no failure of the page under test
            }
        }
    }
}
