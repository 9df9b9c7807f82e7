package qc.passerelle.commonview.dashboard;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

/**
 * The dashboard's pages are for people in a browser, not for API clients: a session cookie (HttpOnly, SameSite, set
 * in application.yml) instead of a bearer token, CSRF protection on every form, a sign-in page instead of a 401, an
 * HTML page instead of a problem document for a refusal. Whoever signs in, by OAuth2 login or by the development
 * issuer's page, ends with the same thing in the session: the access token, checked like a bearer token, so that
 * the pages reuse the API's scoping ({@link qc.passerelle.security.Caller}) unchanged. Everything else stays with
 * the resource server's chain.
 */
@Configuration(proxyBeanMethods = false)
class DashboardSecurity {

    static final String SIGN_IN = "/connexion";
    static final String FORBIDDEN_PAGE = "/erreur/403";

    @Bean
    @Order(1)
    SecurityFilterChain dashboardPages(HttpSecurity http, SessionTokens tokens,
                                       ObjectProvider<ClientRegistrationRepository> registrations,
                                       ObjectProvider<OAuth2AuthorizedClientRepository> authorizedClients) throws Exception {
        AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
        forbidden.setErrorPage(FORBIDDEN_PAGE);
        http.securityMatcher("/", "/tableau", "/tableau/**", SIGN_IN, SIGN_IN + "/**", "/deconnexion", "/erreur/**",
                        "/css/**", "/js/**", "/favicon.ico", "/oauth2/authorization/**", "/login/oauth2/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(SIGN_IN, SIGN_IN + "/**", "/erreur/**", "/css/**", "/js/**", "/favicon.ico")
                        .permitAll()
                        .anyRequest().authenticated())
                .securityContext(context -> context.securityContextRepository(tokens.repository()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> response.sendRedirect(request.getContextPath()
                                + SIGN_IN + (request.getAttribute(SessionTokens.EXPIRED) != null ? "?expire" : "")))
                        .accessDeniedHandler(forbidden))
                .logout(logout -> logout.logoutUrl("/deconnexion").logoutSuccessUrl(SIGN_IN + "?deconnecte")
                        .deleteCookies("JSESSIONID"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                + "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'")));
        if (registrations.getIfAvailable() != null) {
            http.oauth2Login(login -> login.loginPage(SIGN_IN)
                    .successHandler(tokens.afterOAuth2Login(authorizedClients.getObject())));
        }
        return http.build();
    }
}
