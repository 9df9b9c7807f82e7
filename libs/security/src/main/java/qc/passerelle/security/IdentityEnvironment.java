package qc.passerelle.security;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Identity fails closed. With the {@code dev} profile a service trusts the local development issuer unless told
 * otherwise; without it, a service that has not been given an identity provider ({@value #ISSUER}) refuses to start,
 * instead of trusting whoever answers on localhost:9000. Every token must name the services' audience.
 */
public class IdentityEnvironment implements EnvironmentPostProcessor {

    public static final String ISSUER = "spring.security.oauth2.resourceserver.jwt.issuer-uri";
    public static final String JWK_SET = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";
    public static final String AUDIENCES = "spring.security.oauth2.resourceserver.jwt.audiences";
    public static final String DEV_ISSUER = "http://localhost:9000";
    /** Set to false by an application that is not a resource server (none today). */
    static final String ENABLED = "passerelle.security.resource-server";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty(ENABLED, Boolean.class, true)) {
            return;
        }
        Map<String, Object> defaults = new HashMap<>();
        defaults.put(AUDIENCES, "passerelle");
        if (Arrays.asList(environment.getActiveProfiles()).contains("dev")) {
            defaults.put(ISSUER, DEV_ISSUER);
            defaults.put(JWK_SET, DEV_ISSUER + "/oauth2/jwks");
        }
        environment.getPropertySources().addLast(new MapPropertySource("passerelleIdentityDefaults", defaults));
    }

    /**
     * Called once the context's environment is complete (test properties included): without the dev profile's
     * default, a service given no identity provider stops here with a message that says what to set.
     */
    static void requireIdentityProvider(org.springframework.core.env.Environment environment) {
        if (!hasText(environment.getProperty(ISSUER)) && !hasText(environment.getProperty(JWK_SET))) {
            throw new IllegalStateException("No identity provider is configured: set " + ISSUER + " (and "
                    + JWK_SET + " if its keys are not found through discovery) to your OIDC provider, or start "
                    + "with the 'dev' profile to trust the local development issuer on " + DEV_ISSUER
                    + ". This service refuses to start without one.");
        }
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
