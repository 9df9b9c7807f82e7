package qc.passerelle.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that uses the dashboard in headless Chromium against the demo season: skipped where no browser can be had
 * (checked first), else given the running {@link Season} as a parameter.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({BrowserAvailable.class, DemoStack.class})
@interface BrowserTest {
}
