package qc.passerelle.browser;

import static org.junit.jupiter.api.extension.ConditionEvaluationResult.disabled;
import static org.junit.jupiter.api.extension.ConditionEvaluationResult.enabled;

import java.nio.file.Files;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a browser test, visibly, where no browser can be had: Debian's {@code chromium} and {@code chromium-driver}
 * are not installed ({@code .ci/run} installs them). Evaluated before the stack starts, so a machine without a browser
 * does not pay for it. Where both are installed, a browser that then fails to start is a failure, not a skip.
 */
final class BrowserAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!Files.isExecutable(Chromium.BROWSER)) {
            return disabled("no Chromium at " + Chromium.BROWSER + " (apt-get install chromium chromium-driver)");
        }
        if (!Files.isExecutable(Chromium.DRIVER)) {
            return disabled("no chromedriver at " + Chromium.DRIVER + " (apt-get install chromium-driver)");
        }
        return enabled("Chromium " + Chromium.BROWSER + ", driver " + Chromium.DRIVER);
    }
}
