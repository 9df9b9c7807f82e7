package qc.passerelle.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * A token already checked is not checked again while it is valid: a client sends the same access token with every
 * request of its session, and verifying its RSA signature each time took 7 % of a service's CPU under load (a JFR
 * recording of the season benchmark). The token's own expiry is still applied on every use, with the decoder's
 * 60 s of clock skew; a token refused once is refused by the decoder again next time, since nothing refused is kept.
 * At most {@code limit} tokens, the least recently used first out.
 */
final class RememberedTokens implements JwtDecoder {

    private static final Duration SKEW = Duration.ofSeconds(60);

    private final JwtDecoder decoder;
    private final Clock clock;
    private final Map<String, Jwt> checked;

    RememberedTokens(JwtDecoder decoder, Clock clock, int limit) {
        this.decoder = decoder;
        this.clock = clock;
        this.checked = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Jwt> eldest) {
                return size() > limit;
            }
        };
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known;
        synchronized (checked) {
            known = checked.get(token);
        }
        if (known != null && stillValid(known)) {
            return known;
        }
        Jwt jwt = decoder.decode(token);
        if (jwt.getExpiresAt() != null) {   // a token without expiry is checked every time
            synchronized (checked) {
                checked.put(token, jwt);
            }
        }
        return jwt;
    }

    private boolean stillValid(Jwt jwt) {
        Instant now = clock.instant();
        return jwt.getExpiresAt() != null && now.minus(SKEW).isBefore(jwt.getExpiresAt())
                && (jwt.getNotBefore() == null || now.plus(SKEW).isAfter(jwt.getNotBefore()));
    }
}
