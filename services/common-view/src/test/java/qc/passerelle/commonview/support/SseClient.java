package qc.passerelle.commonview.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import qc.passerelle.contracts.EventJson;
import tools.jackson.databind.JsonNode;

/** Reads a Server-Sent Events stream in the background, as a browser's EventSource would, keeping every event. */
public final class SseClient implements AutoCloseable {

    public record Event(String id, String name, String data) {

        public JsonNode json() {
            return EventJson.mapper().readTree(data);
        }
    }

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private final HttpClient http = HttpClient.newHttpClient();
    private volatile int status;

    private SseClient(HttpRequest request) {
        response = http.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        response.thenAccept(r -> {
            status = r.statusCode();
            String[] current = new String[3];
            StringBuilder data = new StringBuilder();
            r.body().forEach(line -> {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Event(current[0], current[1], data.toString()));
                    }
                    current[0] = null;
                    current[1] = null;
                    data.setLength(0);
                } else if (line.startsWith("id:")) {
                    current[0] = line.substring(3).trim();
                } else if (line.startsWith("event:")) {
                    current[1] = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).trim());
                }
            });
        });
    }

    public static SseClient open(int port, String path, String token, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/event-stream").header("Authorization", "Bearer " + token).GET();
        headers.forEach(request::header);
        return new SseClient(request.build());
    }

    public boolean connected() {
        return status == 200;
    }

    public List<Event> events() {
        return List.copyOf(events);
    }

    public List<Event> events(String name) {
        return events.stream().filter(e -> name.equals(e.name())).toList();
    }

    @Override
    public void close() {
        response.cancel(true);
        http.shutdownNow();
    }
}
