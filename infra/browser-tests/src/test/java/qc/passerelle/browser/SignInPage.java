package qc.passerelle.browser;

import java.net.URI;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** {@code /connexion} with the dev profile: one button per demo user of the development issuer. */
final class SignInPage {

    private final Browser browser;

    private SignInPage(Browser browser) {
        this.browser = browser;
    }

    static SignInPage open(Browser browser, URI site) {
        browser.get(site.resolve("/connexion"));
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button[data-user]")));
        return new SignInPage(browser);
    }

    /** Chooses the user and lands on the user's dashboard (the page the sign-in redirects to). */
    Dashboard signInAs(String subject) {
        browser.driver().findElement(By.cssSelector("button[data-user='" + subject + "']")).click();
        browser.waitUntil(driver -> browser.path().startsWith("/tableau"));
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main#contenu h1")));
        return new Dashboard(browser);
    }
}
