package qc.passerelle.agri.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Update;
import qc.passerelle.agri.AgriScenarios;
import qc.passerelle.testsupport.HttpTestClient;
import tools.jackson.databind.JsonNode;

/**
 * The consulates' and employers' lists as the directory's documents keep them: small whatever the season's size, and
 * still right over the documents the previous version wrote (letter buckets, {@code <kind>:<value>|<letter><0-3>}).
 */
abstract class WorkerDirectoryScenarios extends AgriScenarios {

    HttpTestClient http;

    @BeforeEach
    void asMifi() {
        http = as(tokens.mifi());
    }

    /**
     * Family names are skewed: here all of them start with a P, which put every worker of the country in 4 documents.
     * Each document is cloned, compared and re-encoded whole at every update: none may grow with the season.
     */
    @Test
    void theWorkersOfABigCountryAreSpreadOverManySmallDocuments() throws Exception {
        String employer = knownEmployer();
        String unit = unitOf(employer);
        int workers = 600;
        List<Future<HttpTestClient.Response>> arrivals = new ArrayList<>();
        try (ExecutorService employers = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < workers; i++) {
                arrivals.add(employers.submit(() -> http.postJson("/api/workers/arrivals",
                        WorkerScenarios.arrivalJson("JM", employer, unit))));
            }
        }
        for (Future<HttpTestClient.Response> arrival : arrivals) {
            assertThat(arrival.get().status()).as(arrival.get().body()).isEqualTo(201);
        }
        HttpTestClient consulate = as(tokens.consulate("JM"));
        await().atMost(PATIENCE).until(() -> consulate.get("/api/workers?size=1").json().get("totalItems").asInt() == workers);

        List<Document> buckets = mongo.find(query(where("_id").regex("^country:JM\\|")), Document.class,
                WorkerDirectory.COLLECTION);
        List<Integer> sizes = buckets.stream().map(bucket -> bucket.get("entries", Document.class).size()).toList();
        assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(workers);
        assertThat(buckets).as("documents of the country").hasSizeGreaterThan(100);
        assertThat(sizes).as("entries per document").allSatisfy(size -> assertThat(size).isLessThan(20));
    }

    /**
     * A directory written by the previous version is listed as it is, without a migration; once a newer event of one
     * of its workers is written in the new buckets, the list shows that worker once, as they are now.
     */
    @Test
    void aDirectoryWrittenByThePreviousVersionIsListedAndEachWorkerOnceInTheirNewestState() {
        String employer = knownEmployer();
        String unit = unitOf(employer);
        List<String> workers = List.of(arrived("PE", employer, unit, "Quispe"), arrived("PE", employer, unit, "Mamani"),
                arrived("PE", employer, unit, "Huaman"));
        workers.forEach(this::asThePreviousVersionWroteIt);
        HttpTestClient consulate = as(tokens.consulate("PE"));

        assertThat(workerIds(consulate.get("/api/workers?size=200").json())).containsExactlyInAnyOrderElementsOf(workers);

        String leaving = workers.get(0);
        assertThat(http.postJson("/api/workers/" + leaving + "/departures", WorkerScenarios.DEPARTURE).status()).isEqualTo(201);
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode all = consulate.get("/api/workers?size=200").json();
            assertThat(workerIds(all)).containsExactlyInAnyOrderElementsOf(workers);
            assertThat(all.get("totalItems").asInt()).isEqualTo(workers.size());
            assertThat(entryOf(all, leaving).get("status").asString()).isEqualTo("DEPARTED");
            assertThat(workerIds(consulate.get("/api/workers?status=PRESENT").json()))
                    .containsExactlyInAnyOrderElementsOf(workers.subList(1, workers.size()));
        });
        // the older entry is still where the previous version put it: the list chose the newest
        Document older = mongo.findById(previousBucket("country:PE|", leaving), Document.class, WorkerDirectory.COLLECTION);
        assertThat(older.get("entries", Document.class).get(leaving, Document.class).get("status")).isEqualTo("PRESENT");
    }

    /** A worker the previous version listed under their employer leaves that employer's list when they move. */
    @Test
    void aWorkerListedByThePreviousVersionLeavesTheFormerEmployersListWhenTransferred() {
        String former = knownEmployer();
        String formerUnit = unitOf(former);
        String next = knownEmployer();
        String nextUnit = unitOf(next);
        String workerId = arrived("GT", former, formerUnit, "Gonzalez");
        asThePreviousVersionWroteIt(workerId);
        HttpTestClient formerFarm = as(tokens.employer(former));
        HttpTestClient nextFarm = as(tokens.employer(next));
        assertThat(workerIds(formerFarm.get("/api/workers").json())).containsExactly(workerId);

        assertThat(http.postJson("/api/workers/" + workerId + "/transfers",
                WorkerScenarios.transferJson(next, nextUnit, true)).status()).isEqualTo(201);

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(workerIds(nextFarm.get("/api/workers").json())).containsExactly(workerId);
            assertThat(workerIds(formerFarm.get("/api/workers").json())).isEmpty();
        });
    }

    private String arrived(String citizenship, String employer, String unit, String familyName) {
        String json = WorkerScenarios.arrivalJson(citizenship, employer, unit)
                .replaceFirst("\"familyName\": \"[^\"]*\"", "\"familyName\": \"" + familyName + " " + UUID.randomUUID() + "\"");
        HttpTestClient.Response created = http.postJson("/api/workers/arrivals", json);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("workerId").asString();
    }

    /**
     * Moves the worker's entries, once the projection wrote them (their country's and their employer's), to the
     * documents the previous version would have written them to, as it wrote them.
     */
    private void asThePreviousVersionWroteIt(String workerId) {
        String path = "entries." + workerId;
        await().atMost(PATIENCE).until(() -> mongo.count(query(where(path).exists(true)), WorkerDirectory.COLLECTION) == 2);
        for (Document bucket : mongo.find(query(where(path).exists(true)), Document.class, WorkerDirectory.COLLECTION)) {
            String id = bucket.getString("_id");
            Document entry = bucket.get("entries", Document.class).get(workerId, Document.class);
            mongo.updateFirst(query(where("_id").is(id)), new Update().unset(path), WorkerDirectory.COLLECTION);
            String previous = previousBucket(id.substring(0, id.indexOf('|') + 1), workerId);
            mongo.upsert(query(where("_id").is(previous)), new Update().set(path, entry), WorkerDirectory.COLLECTION);
        }
    }

    /** The previous version's bucket: the family name's first letter, then the id's hash modulo 4 (plain A-Z names here). */
    private String previousBucket(String scopePrefix, String workerId) {
        String familyName = http.get("/api/workers/" + workerId).json().get("familyName").asString();
        return scopePrefix + Character.toUpperCase(familyName.charAt(0)) + Math.floorMod(workerId.hashCode(), 4);
    }

    private static List<String> workerIds(JsonNode page) {
        return page.get("items").findValuesAsString("workerId");
    }

    private static JsonNode entryOf(JsonNode page, String workerId) {
        for (JsonNode item : page.get("items")) {
            if (item.get("workerId").asString().equals(workerId)) {
                return item;
            }
        }
        throw new AssertionError(workerId + " is not on the page");
    }
}
