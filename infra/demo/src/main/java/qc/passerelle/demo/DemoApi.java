package qc.passerelle.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The services' public HTTP API as a well-behaved client uses it: tokens from the development issuer, every command
 * with its Idempotency-Key, retried with the same key after a short pause on a connection failure, a 429 or a 5xx.
 */
final class DemoApi {

    record Answer(int status, JsonNode body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        String text(String field) {
            JsonNode value = body == null ? null : body.get(field);
            return value == null || value.isNull() ? null : value.asString();
        }

        String problem() {
            String detail = text("detail");
            return status + (detail == null ? "" : " " + detail);
        }
    }

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int ATTEMPTS = 40;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final URI issuer;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    DemoApi(URI issuer) {
        this.issuer = issuer;
    }

    /** A token of the development issuer for this subject (asked once per load). */
    String token(String subject, String role, Map<String, String> claims) {
        return tokens.computeIfAbsent(subject + "/" + role, key -> {
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("subject", subject);
            request.put("roles", List.of(role));
            request.putAll(claims);
            request.put("expires_in", 7200);
            Answer answer = send(HttpRequest.newBuilder(issuer.resolve("/dev/tokens"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request))));
            if (!answer.ok() || answer.text("access_token") == null) {
                throw new IllegalStateException("the development issuer " + issuer + " gave no token for " + subject
                        + ": " + answer.problem());
            }
            return answer.text("access_token");
        });
    }

    Answer post(String token, URI url, Object body, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request);
    }

    Answer get(String token, URI url) {
        return send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30)).header("Accept", "application/json")
                .header("Authorization", "Bearer " + token).GET());
    }

    /** The {@code totalItems} of a paginated list, or empty when the list cannot be read. */
    Optional<Long> total(String token, URI list) {
        try {
            Answer answer = get(token, list);
            JsonNode total = answer.ok() && answer.body() != null ? answer.body().get("totalItems") : null;
            return total == null ? Optional.empty() : Optional.of(total.asLong());
        } catch (IllegalStateException unreachable) {
            return Optional.empty();
        }
    }

    /** Whether the service answers its health check as up, asked once without retries. */
    boolean healthy(URI service) {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(service.resolve("/actuator/health"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 && answer.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Answer send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        IOException lastFailure = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if ((status == 429 || status == 502 || status == 503 || status == 504) && attempt < ATTEMPTS) {
                    pause(attempt, response.headers().firstValue("Retry-After"));
                    continue;
                }
                String body = response.body();
                JsonNode json = null;
                if (body != null && (body.startsWith("{") || body.startsWith("["))) {
                    json = JSON.readTree(body);
                }
                return new Answer(status, json);
            } catch (IOException e) {
                lastFailure = e;
                pause(attempt, Optional.empty());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        throw new IllegalStateException("no answer from " + request.uri() + " after " + ATTEMPTS + " tries", lastFailure);
    }

    private static void pause(int attempt, Optional<String> retryAfter) {
        long millis = Math.min(2000, 100L * attempt);
        if (retryAfter.isPresent() && retryAfter.get().matches("\\d{1,2}")) {
            millis = Math.max(millis, Math.min(5000, 1000L * Integer.parseInt(retryAfter.get())));
        }
        LockSupport.parkNanos(Duration.ofMillis(millis).toNanos());
    }
}
