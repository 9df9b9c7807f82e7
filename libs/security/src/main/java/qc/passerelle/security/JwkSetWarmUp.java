package qc.passerelle.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Fetches the issuer's keys once the service is ready, instead of during the first caller's request: a token naming
 * an unknown key makes the decoder load the JWK set (and then fail, as it should).
 */
class JwkSetWarmUp {

    private static final Logger log = LoggerFactory.getLogger(JwkSetWarmUp.class);
    private static final String UNKNOWN_KEY_TOKEN = encode("{\"alg\":\"RS256\",\"kid\":\"warm-up\"}") + "."
            + encode("{\"sub\":\"warm-up\"}") + "." + encode("signature");

    private final ObjectProvider<JwtDecoder> decoders;

    JwkSetWarmUp(ObjectProvider<JwtDecoder> decoders) {
        this.decoders = decoders;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadKeys() {
        JwtDecoder decoder = decoders.getIfAvailable();
        if (decoder == null) {
            return;
        }
        Thread.ofVirtual().name("jwk-set-warm-up").start(() -> {
            try {
                decoder.decode(UNKNOWN_KEY_TOKEN);
            } catch (JwtException expected) {
                log.debug("JWK set loaded (or issuer not reachable yet: the first request will try again)");
            }
        });
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
