package qc.passerelle.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import qc.passerelle.contracts.EventJson;
import tools.jackson.databind.JsonNode;

/** Calls a running service over HTTP as a client would, without throwing on 4xx or 5xx. */
public final class HttpTestClient {

    public record Response(int status, java.net.http.HttpHeaders headers, String body) {

        public JsonNode json() {
            return EventJson.mapper().readTree(body);
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final String token;

    public HttpTestClient(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    public static HttpTestClient onPort(int port) {
        return new HttpTestClient("http://localhost:" + port, null);
    }

    /** The same client, sending this bearer token unless a request brings its own Authorization header. */
    public HttpTestClient withToken(String bearerToken) {
        return new HttpTestClient(baseUrl, bearerToken);
    }

    public Response get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
        headers.forEach(request::header);
        return send(request);
    }

    public Response get(String path) {
        return get(path, Map.of());
    }

    public Response postJson(String path, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        return send(request);
    }

    public Response postJson(String path, String json) {
        return postJson(path, json, Map.of());
    }

    private Response send(HttpRequest.Builder request) {
        if (token != null && request.build().headers().firstValue("Authorization").isEmpty()) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
