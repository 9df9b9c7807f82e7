package qc.passerelle.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import qc.passerelle.contracts.EventJson;
import tools.jackson.databind.JsonNode;

/**
 * What the consulates see, read the way they read it: page after page of their own nationals (size 200), each with
 * its status and its history. Compared with what the clients know they were answered, it gives the suite's figures.
 */
final class ConsulateViews {

    static final int PAGE_SIZE = 200;

    record Step(String eventId, String type, long sequence) {
    }

    record Item(String workerId, String country, String status, List<Step> history) {
    }

    /** Every listing read, duplicates included: a worker listed twice is one of the things looked for. */
    record Snapshot(List<Item> items, long totalItems) {
    }

    /**
     * {@code lost}: answered commands whose event the consulate does not see (a missing worker counts all of its
     * events); {@code duplicated}: a worker listed more than once, an event twice in a history, or an event nobody
     * was answered for; {@code outOfOrder}: a history not in the order the commands were answered in, or a status that
     * is not the latest event's although every event is there.
     */
    record Figures(int expectedWorkers, int listedWorkers, int lost, int duplicated, int outOfOrder, int unexpected,
                   List<String> examples) {

        boolean clean() {
            return lost == 0 && duplicated == 0 && outOfOrder == 0 && unexpected == 0 && listedWorkers == expectedWorkers;
        }
    }

    private final int port;
    private final Supplier<String> token;
    private final List<String> countries;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    ConsulateViews(int port, Supplier<String> token, List<String> countries) {
        this.port = port;
        this.token = token;
        this.countries = List.copyOf(countries);
    }

    Snapshot read() throws IOException, InterruptedException {
        List<Item> items = new ArrayList<>();
        long total = 0;
        for (String country : countries) {
            for (int page = 0; ; page++) {
                JsonNode body = get("/api/views/consulates/" + country + "/workers?page=" + page + "&size=" + PAGE_SIZE);
                long countryTotal = body.get("totalItems").asLong();
                for (JsonNode item : body.get("items")) {
                    List<Step> history = new ArrayList<>();
                    for (JsonNode step : item.get("history")) {
                        history.add(new Step(step.get("eventId").asString(), step.get("type").asString(),
                                step.get("sequence").asLong()));
                    }
                    items.add(new Item(item.get("workerId").asString(), country, item.path("status").asString(""),
                            history));
                }
                if ((long) (page + 1) * PAGE_SIZE >= countryTotal) {
                    total += countryTotal;
                    break;
                }
            }
        }
        return new Snapshot(items, total);
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + token.get()).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return EventJson.mapper().readTree(response.body());
    }

    static Figures compare(Map<String, LoadClients.Posted> expected, Snapshot snapshot) {
        Map<String, List<Item>> listed = new LinkedHashMap<>();
        for (Item item : snapshot.items()) {
            listed.computeIfAbsent(item.workerId(), id -> new ArrayList<>()).add(item);
        }
        int lost = 0;
        int duplicated = 0;
        int outOfOrder = 0;
        int unexpected = 0;
        List<String> examples = new ArrayList<>();
        for (LoadClients.Posted worker : expected.values()) {
            List<String> events = List.copyOf(worker.events);
            List<Item> listings = listed.getOrDefault(worker.workerId, List.of());
            if (listings.isEmpty()) {
                lost += events.size();
                example(examples, "missing " + worker.workerId + " (" + worker.country + ", answered " + events + ")");
                continue;
            }
            if (listings.size() > 1) {
                duplicated += listings.size() - 1;
                example(examples, worker.workerId + " listed " + listings.size() + " times");
            }
            Item item = listings.getFirst();
            if (!item.country().equals(worker.country)) {
                lost += events.size();
                example(examples, worker.workerId + " of " + worker.country + " is in the view of " + item.country());
                continue;
            }
            Set<String> ids = new HashSet<>();
            List<Step> distinct = new ArrayList<>();
            for (Step step : item.history()) {
                if (ids.add(step.eventId())) {
                    distinct.add(step);
                } else {
                    duplicated++;
                    example(examples, worker.workerId + " has event " + step.eventId() + " twice in its history");
                }
            }
            Map<String, Integer> need = counts(events);
            Map<String, Integer> have = counts(distinct.stream().map(Step::type).toList());
            int missingHere = 0;
            int extraHere = 0;
            Set<String> types = new HashSet<>(need.keySet());
            types.addAll(have.keySet());
            for (String type : types) {
                int difference = have.getOrDefault(type, 0) - need.getOrDefault(type, 0);
                if (difference < 0) {
                    missingHere -= difference;
                } else {
                    extraHere += difference;
                }
            }
            lost += missingHere;
            duplicated += extraHere;
            if (missingHere > 0 || extraHere > 0) {
                example(examples, worker.workerId + " answered " + events + " but its history is " + item.history());
                continue;
            }
            List<String> order = distinct.stream().map(Step::type).toList();
            boolean numbered = true;
            for (int i = 0; i < distinct.size(); i++) {
                numbered &= distinct.get(i).sequence() == i + 1;
            }
            if (!order.equals(events) || !numbered) {
                outOfOrder++;
                example(examples, worker.workerId + " answered " + events + " but its history is " + item.history());
            } else if (!item.status().equals(worker.status)) {
                outOfOrder++;
                example(examples, worker.workerId + " is " + item.status() + " after " + events + ", expected " + worker.status);
            }
        }
        for (Map.Entry<String, List<Item>> entry : listed.entrySet()) {
            if (!expected.containsKey(entry.getKey())) {
                unexpected += entry.getValue().size();
                example(examples, "nobody was answered for " + entry.getKey() + ": " + entry.getValue());
            }
        }
        return new Figures(expected.size(), listed.size(), lost, duplicated, outOfOrder, unexpected, examples);
    }

    private static Map<String, Integer> counts(List<String> types) {
        Map<String, Integer> counts = new HashMap<>();
        types.forEach(type -> counts.merge(type, 1, Integer::sum));
        return counts;
    }

    private static void example(List<String> examples, String example) {
        if (examples.size() < 10) {
            examples.add(example);
        }
    }
}
