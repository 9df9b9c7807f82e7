package qc.passerelle.recruiting.burst;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The 429 of a saturated public path: a problem document and {@code Retry-After}, in whole seconds, at least 1. */
public final class TooManyRequests {

    private TooManyRequests() {
    }

    public static ErrorResponseException retryAfter(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "too many requests at once; nothing was recorded: send the same request again in " + seconds + " s");
        problem.setType(URI.create("urn:passerelle:problem:too-many-requests"));
        problem.setTitle(title(LocaleContextHolder.getLocale()));
        problem.setProperty("retryAfterSeconds", seconds);
        ErrorResponseException refused = new ErrorResponseException(HttpStatus.TOO_MANY_REQUESTS, problem, null);
        refused.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return refused;
    }

    private static String title(Locale locale) {
        return switch (locale == null ? "fr" : locale.getLanguage()) {
            case "es" -> "Demasiadas solicitudes";
            case "en" -> "Too many requests";
            default -> "Trop de demandes";
        };
    }
}
