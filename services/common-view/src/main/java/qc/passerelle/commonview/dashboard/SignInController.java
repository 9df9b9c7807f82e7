package qc.passerelle.commonview.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClientException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import qc.passerelle.web.NotFoundException;

/**
 * The sign-in page: in production a link to the identity provider (OAuth2 login); with the dev profile, the
 * development issuer's demo users, one button each.
 */
@Controller
@DashboardPage
class SignInController {

    private static final Logger log = LoggerFactory.getLogger(SignInController.class);

    private final Optional<DevIssuer> devIssuer;
    private final boolean oauth2;
    private final SessionTokens tokens;
    private final RequestCache requests = new HttpSessionRequestCache();

    SignInController(ObjectProvider<DevIssuer> devIssuer, ObjectProvider<ClientRegistrationRepository> registrations,
                     SessionTokens tokens) {
        this.devIssuer = Optional.ofNullable(devIssuer.getIfAvailable());
        this.oauth2 = registrations.getIfAvailable() != null;
        this.tokens = tokens;
    }

    @GetMapping(DashboardSecurity.SIGN_IN)
    String page(Model model) {
        model.addAttribute("oauth2", oauth2);
        model.addAttribute("dev", devIssuer.isPresent());
        List<DevIssuer.DemoUser> users = List.of();
        boolean issuerDown = false;
        if (devIssuer.isPresent()) {
            try {
                users = devIssuer.get().users();
            } catch (RestClientException e) {
                log.warn("the development issuer does not answer: {}", e.getMessage());
                issuerDown = true;
            }
        }
        model.addAttribute("users", users);
        model.addAttribute("issuerDown", issuerDown);
        return "connexion";
    }

    @PostMapping(DashboardSecurity.SIGN_IN + "/dev")
    String signInAs(@RequestParam String subject, HttpServletRequest request, HttpServletResponse response) {
        DevIssuer issuer = devIssuer.orElseThrow(() -> new NotFoundException("pas d'émetteur de développement"));
        DevIssuer.DemoUser user = issuer.user(subject)
                .orElseThrow(() -> new NotFoundException("aucun utilisateur de démonstration " + subject));
        SavedRequest asked = requests.getRequest(request, response);
        tokens.signIn(issuer.token(user), request, response);
        return "redirect:" + afterSignIn(asked, request);
    }

    /** Back to the page that asked for sign-in (a link in an alert's e-mail, say), if it is one of the dashboard's. */
    static String afterSignIn(SavedRequest asked, HttpServletRequest request) {
        if (asked == null || !"GET".equals(asked.getMethod())) {
            return "/";
        }
        java.net.URI uri = java.net.URI.create(asked.getRedirectUrl());
        String path = uri.getRawPath();
        if (path == null || !path.startsWith("/tableau/") || path.startsWith("/tableau/flux")) {
            return "/";
        }
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery().replaceAll("(^|&)continue(=[^&]*)?", "");
        return path + (query.isEmpty() ? "" : "?" + query.replaceFirst("^&", ""));
    }
}
