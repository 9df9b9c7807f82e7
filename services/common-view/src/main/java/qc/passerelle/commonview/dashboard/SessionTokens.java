package qc.passerelle.commonview.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import qc.passerelle.security.ResourceServerAutoConfiguration;

/**
 * A dashboard session holds one thing: the person's access token, checked at sign-in by the resource server's own
 * decoder (signature, issuer, audience, expiry). Each request of the session reads its roles from it the same way
 * as the API does, so a page sees exactly what the same token would see through the API; once the token has
 * expired, the session is no longer signed in. (Spring Security never keeps a bearer token's authentication in a
 * session, by design for APIs, hence this repository of the token rather than of the authentication.) A new
 * session is made at sign-in, so that a session id planted before it is worth nothing.
 */
@Component
class SessionTokens implements SecurityContextRepository {

    static final String TOKEN = SessionTokens.class.getName() + ".token";
    /** Set on a request whose session's token has just expired: the sign-in page then says so. */
    static final String EXPIRED = SessionTokens.class.getName() + ".expired";

    private final JwtDecoder decoder;
    private final Clock clock;
    private final JwtAuthenticationConverter roles = ResourceServerAutoConfiguration.rolesFromClaim();

    SessionTokens(JwtDecoder decoder, Clock clock) {
        this.decoder = decoder;
        this.clock = clock;
    }

    SecurityContextRepository repository() {
        return this;
    }

    void signIn(String accessToken, HttpServletRequest request, HttpServletResponse response) {
        Jwt jwt = decoder.decode(accessToken);
        HttpSession before = request.getSession(false);
        if (before != null) {
            before.invalidate();
        }
        request.getSession(true).setAttribute(TOKEN, jwt);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(roles.convert(jwt));
        SecurityContextHolder.setContext(context);
    }

    /** After OAuth2 login, the session keeps the access token issued to the dashboard, not the OIDC identity. */
    AuthenticationSuccessHandler afterOAuth2Login(OAuth2AuthorizedClientRepository clients) {
        return (request, response, authentication) -> {
            OAuth2AuthenticationToken login = (OAuth2AuthenticationToken) authentication;
            OAuth2AuthorizedClient client = clients.loadAuthorizedClient(login.getAuthorizedClientRegistrationId(),
                    authentication, request);
            signIn(client.getAccessToken().getTokenValue(), request, response);
            response.sendRedirect(request.getContextPath() + "/");
        };
    }

    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        Jwt jwt = token(holder.getRequest());
        if (jwt != null) {
            context.setAuthentication(roles.convert(jwt));
        }
        return context;
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        // the token is kept at sign-in and dropped at sign-out (the session ends); nothing else is worth keeping
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return token(request) != null;
    }

    private Jwt token(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(TOKEN) instanceof Jwt jwt)) {
            return null;
        }
        if (jwt.getExpiresAt() != null && !jwt.getExpiresAt().isAfter(clock.instant())) {
            session.removeAttribute(TOKEN);
            request.setAttribute(EXPIRED, true);
            return null;
        }
        return jwt;
    }
}
