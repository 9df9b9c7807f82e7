package qc.passerelle.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The services' HTTP APIs as a client program uses them (not the browser): bearer tokens, JSON, Idempotency-Key. */
final class JsonApi {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private JsonApi() {
    }

    static JsonNode get(String token, URI url) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.GET().build(), 200);
    }

    static JsonNode post(String token, URI url, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(), 0);
    }

    static long totalItems(String token, URI list) {
        return get(token, list).get("totalItems").asLong();
    }

    /** {@code expected} 0: any 2xx. */
    private static JsonNode send(HttpRequest request, int expected) {
        try {
            HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            int status = answer.statusCode();
            boolean ok = expected == 0 ? status >= 200 && status < 300 : status == expected;
            if (!ok) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + status + ": "
                        + answer.body());
            }
            return answer.body().isBlank() ? JSON.nullNode() : JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
