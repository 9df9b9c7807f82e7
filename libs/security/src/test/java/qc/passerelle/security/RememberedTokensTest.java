package qc.passerelle.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class RememberedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private final AtomicInteger checks = new AtomicInteger();

    private final JwtDecoder issuer = token -> {
        checks.incrementAndGet();
        if (token.startsWith("bad")) {
            throw new BadJwtException("signature");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("farm")
                .issuedAt(NOW.minusSeconds(60)).expiresAt(NOW.plusSeconds(300)).build();
    };

    @Test
    void aValidTokenIsCheckedOnceWhileItLasts() {
        RememberedTokens tokens = new RememberedTokens(issuer, Clock.fixed(NOW, ZoneOffset.UTC), 10);
        assertThat(tokens.decode("t1").getSubject()).isEqualTo("farm");
        assertThat(tokens.decode("t1").getSubject()).isEqualTo("farm");
        assertThat(checks).hasValue(1);
    }

    @Test
    void anExpiredTokenGoesBackToTheIssuersCheck() {
        java.util.concurrent.atomic.AtomicReference<Instant> now = new java.util.concurrent.atomic.AtomicReference<>(NOW);
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        RememberedTokens tokens = new RememberedTokens(issuer, clock, 10);
        tokens.decode("t1");
        now.set(NOW.plusSeconds(300 + 59));   // within the skew: still the remembered check
        tokens.decode("t1");
        assertThat(checks).hasValue(1);
        now.set(NOW.plusSeconds(300 + 61));   // past it: the issuer's decoder decides again
        tokens.decode("t1");
        assertThat(checks).hasValue(2);
    }

    @Test
    void aRefusedTokenIsRefusedEveryTime() {
        RememberedTokens tokens = new RememberedTokens(issuer, Clock.fixed(NOW, ZoneOffset.UTC), 10);
        assertThatThrownBy(() -> tokens.decode("bad")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("bad")).isInstanceOf(BadJwtException.class);
        assertThat(checks).hasValue(2);
    }
}
