package qc.passerelle.browser;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** What every dashboard page has in common (see the dashboard contract): heading, language, alerts, live notices. */
final class Dashboard {

    private static final By ALERTS = By.cssSelector("ul#alertes > li[data-alert-id]");
    private static final By WORKERS = By.cssSelector("table#travailleurs tr[data-worker-id]");

    private final Browser browser;

    Dashboard(Browser browser) {
        this.browser = browser;
    }

    String path() {
        return browser.path();
    }

    /** The language the page says it is in: {@code <html lang>}. */
    String language() {
        return browser.driver().findElement(By.tagName("html")).getAttribute("lang");
    }

    String heading() {
        return browser.driver().findElement(By.cssSelector("main#contenu h1")).getText();
    }

    String skipLinkText() {
        return browser.driver().findElement(By.cssSelector("a.evitement")).getAttribute("textContent").trim();
    }

    List<WebElement> workerRows() {
        return browser.driver().findElements(WORKERS);
    }

    /** Follows the worker list's "next page" link, if there is one. */
    boolean nextWorkersPage() {
        // the list's own pager: the page has others (reports, alerts)
        Optional<WebElement> next = browser.driver().findElements(By.xpath(
                "//table[@id='travailleurs']/following::nav[contains(@class,'pagination')][1]//a[@rel='next']"))
                .stream().findFirst();
        if (next.isEmpty()) {
            return false;
        }
        String before = browser.driver().getCurrentUrl();
        browser.get(URI.create(next.get().getAttribute("href")));
        browser.waitUntil(driver -> !driver.getCurrentUrl().equals(before));
        return true;
    }

    /** Read in one go: the live page may replace the list between two reads. */
    @SuppressWarnings("unchecked")
    List<String> alertIds() {
        return (List<String>) browser.driver().executeScript("""
                return Array.prototype.map.call(document.querySelectorAll('ul#alertes > li[data-alert-id]'),
                  function (a) { return a.getAttribute('data-alert-id'); });
                """);
    }

    /** The alert's {@code data-alert-type}, or null when the page does not list it. */
    String alertType(String alertId) {
        return (String) browser.driver().executeScript("""
                var a = document.querySelector('ul#alertes > li[data-alert-id="' + arguments[0] + '"]');
                return a ? a.getAttribute('data-alert-type') : null;
                """, alertId);
    }

    WebElement alert(String alertId) {
        return browser.driver().findElement(By.cssSelector("ul#alertes > li[data-alert-id='" + alertId + "']"));
    }

    /** The first alert of the list that can still be acknowledged here. */
    Optional<String> firstAlertToAcknowledge() {
        return browser.driver().findElements(ALERTS).stream()
                .filter(a -> !"true".equals(a.getAttribute("data-acknowledged")))
                .filter(a -> !a.findElements(By.cssSelector("button[data-action=acknowledge]")).isEmpty())
                .map(a -> a.getAttribute("data-alert-id"))
                .findFirst();
    }

    /** Presses the alert's acknowledge button and waits for the page the form redirects back to. */
    void acknowledge(String alertId) {
        WebElement button = alert(alertId).findElement(By.cssSelector("button[data-action=acknowledge]"));
        button.click();
        browser.waitUntil(ExpectedConditions.stalenessOf(button));
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main#contenu h1")));
    }

    boolean acknowledged(String alertId) {
        return "true".equals(alert(alertId).getAttribute("data-acknowledged"));
    }

    /**
     * Starts writing down everything the polite live region says from now on: a later notice (say, that the data was
     * updated) may replace the one a test waits for before the test looks.
     */
    void listenToAnnouncements() {
        browser.driver().executeScript("""
                window.passerelleAnnouncements = [];
                var region = document.getElementById('annonces');
                new MutationObserver(function () {
                  var text = region.textContent.trim();
                  if (text) { window.passerelleAnnouncements.push(text); }
                }).observe(region, { childList: true, characterData: true, subtree: true });
                """);
    }

    /** What the live region said since {@link #listenToAnnouncements()}. */
    @SuppressWarnings("unchecked")
    List<String> announcements() {
        return (List<String>) browser.driver().executeScript("return window.passerelleAnnouncements || [];");
    }

    /** The words the page announces a new alert with (they are in the page's language). */
    String newAlertWords() {
        return browser.driver().findElement(By.id("annonces")).getAttribute("data-new-alert");
    }

    /** Leaves a mark in this page's JavaScript world: a reload would wipe it. */
    void markAsLoaded() {
        browser.driver().executeScript("window.passerelleNotReloaded = true;");
    }

    boolean notReloadedSinceMarked() {
        return Boolean.TRUE.equals(browser.driver().executeScript("return window.passerelleNotReloaded === true;"));
    }

    /**
     * Waits until the page's live stream is open, so that what happens next reaches it; needs
     * {@link Browser#watchLiveStreams()} before the page was opened.
     */
    void awaitLive() {
        browser.waitUntil(driver -> Boolean.TRUE.equals(browser.driver().executeScript(
                "return (window.passerelleStreams || []).some(function (s) { return s.readyState === 1; });")));
    }
}
