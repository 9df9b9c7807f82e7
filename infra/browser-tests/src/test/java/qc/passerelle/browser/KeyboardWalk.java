package qc.passerelle.browser;

import java.util.List;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * A person using only the keyboard: Tab, again and again, from the top of the page. Tells which of the page's visible
 * controls never received the focus on the way.
 */
final class KeyboardWalk {

    /** Links, buttons, fields and anything put in the tab order; disabled, hidden and tabindex=-1 ones left out. */
    private static final String TAG_CONTROLS = """
            var natives = 'a[href], button, input, select, textarea, summary';
            var controls = Array.prototype.filter.call(document.querySelectorAll(natives + ', [tabindex]'), function (e) {
              var tabindex = e.getAttribute('tabindex');
              if (tabindex !== null && parseInt(tabindex, 10) < 0) { return false; }
              if (!e.matches(natives) && tabindex === null) { return false; }
              if (e.disabled || (e.tagName === 'INPUT' && e.type === 'hidden')) { return false; }
              if (e.tagName === 'SUMMARY' && e.parentElement.tagName !== 'DETAILS') { return false; }
              var style = getComputedStyle(e);
              return e.getClientRects().length > 0 && style.visibility !== 'hidden' && !e.closest('[inert]');
            });
            window.passerelleFocused = {};
            controls.forEach(function (e, i) { e.setAttribute('data-clavier', i); });
            document.addEventListener('focusin', function (event) {
              var i = event.target.getAttribute && event.target.getAttribute('data-clavier');
              if (i !== null) { window.passerelleFocused[i] = true; }
            });
            if (document.activeElement && document.activeElement !== document.body) { document.activeElement.blur(); }
            return controls.length;
            """;

    private final Browser browser;

    KeyboardWalk(Browser browser) {
        this.browser = browser;
    }

    /**
     * Tabs through the page shown now (twice as many presses as it has controls, and a few more) and describes each
     * visible control that was never focused: empty when every one was reached.
     */
    @SuppressWarnings("unchecked")
    List<String> controlsNeverFocused() {
        long controls = (Long) browser.driver().executeScript(TAG_CONTROLS);
        long presses = 2 * controls + 5;
        for (long done = 0; done < presses; done += 20) {
            Actions tabs = new Actions(browser.driver());
            for (int i = 0; i < 20; i++) {
                tabs.sendKeys(Keys.TAB);
            }
            tabs.perform();
            Boolean all = (Boolean) browser.driver().executeScript(
                    "return document.querySelectorAll('[data-clavier]').length === Object.keys(window.passerelleFocused).length;");
            if (Boolean.TRUE.equals(all)) {
                break;
            }
        }
        return (List<String>) browser.driver().executeScript("""
                return Array.prototype.filter.call(document.querySelectorAll('[data-clavier]'), function (e) {
                  return !window.passerelleFocused[e.getAttribute('data-clavier')];
                }).map(function (e) {
                  return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.name ? '[name=' + e.name + ']' : '')
                    + ' "' + (e.textContent || e.value || '').trim().slice(0, 40) + '"';
                });
                """);
    }

    long controls() {
        return (Long) browser.driver().executeScript("return document.querySelectorAll('[data-clavier]').length;");
    }
}
