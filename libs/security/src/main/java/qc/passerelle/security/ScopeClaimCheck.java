package qc.passerelle.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A scoped role without its claim (an employer without {@code employer_id}, a consulate without {@code country}, an
 * institution without {@code institution_id}) is refused on every endpoint, before any handler could read a missing
 * claim as a scope of its own.
 */
class ScopeClaimCheck extends OncePerRequestFilter {

    private final ProblemResponses problems;

    ScopeClaimCheck(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            var missing = Caller.of(token.getToken()).missingScopeClaim();
            if (missing.isPresent()) {
                problems.handle(request, response, new AccessDeniedException("the token's role needs the claim " + missing.get()));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
