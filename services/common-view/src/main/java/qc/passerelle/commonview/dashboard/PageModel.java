package qc.passerelle.commonview.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;
import qc.passerelle.security.Caller;

/** What every page's frame shows: who is signed in, in which language, and where the page is (for the switch). */
@ControllerAdvice(annotations = DashboardPage.class)
class PageModel {

    public record Me(String subject, String role, String scope, String home) {
    }

    @ModelAttribute("me")
    Me me() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken)) {
            return null;
        }
        Caller caller = Caller.current();
        String role = caller.roles().stream().findFirst().map(Enum::name).orElse("");
        String scope = caller.country() != null ? caller.country() : caller.employerId();
        return new Me(caller.subject(), role, scope, Landing.pageOf(caller));
    }

    @ModelAttribute("lang")
    String lang(Locale locale) {
        Locale supported = Languages.supported(locale.getLanguage());
        return supported == null ? "fr" : supported.getLanguage();
    }

    @ModelAttribute("path")
    String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** This page with its filters and page numbers, ready for {@code fragment=...}: what the live refresh fetches. */
    @ModelAttribute("fragmentBase")
    String fragmentBase(HttpServletRequest request) {
        UriComponents here = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("fragment")
                .replaceQueryParam("lang").build();
        String query = here.getQuery();
        return path(request) + "?" + (query == null || query.isEmpty() ? "" : query + "&");
    }
}
