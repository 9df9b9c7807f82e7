package qc.passerelle.bench.season;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public HTTP API as a well-behaved client uses it: every command with an Idempotency-Key, retried with the same
 * key after a short pause on a connection failure, a 429 or a 5xx. Counts answers by status.
 */
final class Api {

    record Answer(int status, JsonNode body, long nanos) {
    }

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String token;
    final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
    final AtomicLong retries = new AtomicLong();

    Api(String token) {
        this.token = token;
    }

    static String token(String issuer, String subject, String roles) throws IOException, InterruptedException {
        return token(issuer, subject, roles, "");
    }

    /** claims: more JSON members of the request, such as {@code "country": "GT"}, or nothing. */
    static String token(String issuer, String subject, String roles, String claims) throws IOException, InterruptedException {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(issuer + "/dev/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"subject\": \"" + subject + "\", \"roles\": [" + roles
                        + "], \"expires_in\": 86400" + (claims.isEmpty() ? "" : ", " + claims) + "}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("no token from " + issuer + ": " + answer.statusCode() + " " + answer.body());
        }
        return JSON.readTree(answer.body()).get("access_token").asString();
    }

    Answer post(String url, String json, String idempotencyKey) {
        long start = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                    .header("Idempotency-Key", idempotencyKey)
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if ((status == 429 || status >= 500) && attempt < 60) {
                    retries.incrementAndGet();
                    LockSupport.parkNanos(Duration.ofMillis(Math.min(2000, 100L * attempt)).toNanos());
                    continue;
                }
                statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                return new Answer(status, response.body().isEmpty() ? null : JSON.readTree(response.body()),
                        System.nanoTime() - start);
            } catch (IOException e) {
                if (attempt >= 60) {
                    throw new IllegalStateException("no answer from " + url + " after " + attempt + " tries", e);
                }
                retries.incrementAndGet();
                LockSupport.parkNanos(Duration.ofMillis(Math.min(2000, 100L * attempt)).toNanos());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A read as another caller; its status and how long the answer took, body read in full. */
    Answer read(String url, String callerToken) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + callerToken).GET().build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), null, System.nanoTime() - start);
        } catch (IOException e) {
            return new Answer(-1, null, System.nanoTime() - start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    int get(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
