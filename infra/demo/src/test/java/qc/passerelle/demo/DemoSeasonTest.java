package qc.passerelle.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./passerelle demo} run twice on the whole stack leaves what one run left, and the second run says that
 * nothing is new. The mission's applications are fewer here than in the real demo (2,000) unless
 * {@code -Dpasserelle.demo.applications=2000} asks for them: the same code path, a shorter CI.
 */
class DemoSeasonTest {

    private static final int APPLICATIONS = Integer.getInteger("passerelle.demo.applications", 400);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static InProcessStack stack;
    private static DemoReport first;
    private static DemoReport second;
    private static Map<String, Long> afterFirst;
    private static Map<String, Long> afterSecond;

    @BeforeAll
    static void loadTwice() {
        stack = InProcessStack.start();
        DemoSeason.Options options = DemoSeason.Options.defaults().withApplications(APPLICATIONS);
        long start = System.nanoTime();
        first = DemoSeason.load(stack.targets(), Progress.console(System.out, false), options);
        System.out.printf("first load: %.1f s%n%s", (System.nanoTime() - start) / 1e9, first.describe());
        afterFirst = settledCounts();
        start = System.nanoTime();
        second = DemoSeason.load(stack.targets(), Progress.silent(), options);
        System.out.printf("second load: %.1f s%n%s", (System.nanoTime() - start) / 1e9, second.describe());
        afterSecond = settledCounts();
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void the_first_run_loads_the_whole_season() {
        assertThat(first.failures()).isEmpty();
        assertThat(first.skipped()).isEmpty();
        assertThat(first.line("Fermes (employeurs) / farms").added()).isEqualTo(40);
        assertThat(afterFirst).containsEntry("employers", 40L).containsEntry("housing units", 60L)
                .containsEntry("workers", 300L).containsEntry("absent", 5L).containsEntry("departed", 8L)
                .containsEntry("condition reports", 12L).containsEntry("missions", 1L).containsEntry("job offers", 20L)
                .containsEntry("hires", 50L).containsEntry("francization enrolments", 50L)
                .containsEntry("institutions", 3L).containsEntry("promotion events", 1L)
                .containsEntry("prospects", 100L);
        assertThat(first.line("Candidatures / applications").total()).isEqualTo(APPLICATIONS);
        assertThat(afterFirst.get("consulate GT")).isPositive();
        assertThat(afterFirst.get("consulate MX")).isPositive();
        assertThat(afterFirst.get("consulates HN JM SV")).isPositive();
    }

    @Test
    void a_second_run_changes_no_count_and_says_nothing_is_new() {
        assertThat(second.failures()).isEmpty();
        assertThat(second.nothingNew()).as(second.describe()).isTrue();
        assertThat(afterSecond).isEqualTo(afterFirst);
    }

    @Test
    void the_guatemalan_consulate_sees_only_guatemalans() {
        String consulate = token("consulat-gt", "CONSULATE", Map.of("country", "GT"));
        List<String> citizenships = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode list = get(consulate, stack.commonView().resolve("/api/views/consulates/GT/workers?size=200&page=" + page));
            list.get("items").forEach(item -> citizenships.add(item.get("citizenship").asString()));
            if (page + 1 >= list.get("totalPages").asInt()) {
                break;
            }
        }
        assertThat(citizenships).hasSize(afterFirst.get("consulate GT").intValue()).containsOnly("GT");
        assertThat(status(consulate, stack.commonView().resolve("/api/views/consulates/MX/workers"))).isEqualTo(403);
    }

    @Test
    void the_demo_farm_has_workers_and_an_alert_for_its_failing_unit() {
        String farm = token("ferme-beausejour", "EMPLOYER", Map.of("employer_id", SeasonPlan.DEMO_FARM_ID));
        assertThat(get(farm, stack.commonView().resolve("/api/views/employers/" + SeasonPlan.DEMO_FARM_ID + "/workers"))
                .get("totalItems").asLong()).isGreaterThanOrEqualTo(8);
        assertThat(get(farm, stack.commonView().resolve("/api/views/employers/" + SeasonPlan.DEMO_FARM_ID
                + "/housing-units")).get("totalItems").asLong()).isEqualTo(2);
        JsonNode alerts = get(farm, stack.commonView().resolve("/api/views/alerts"));
        assertThat(alerts.get("totalItems").asLong()).isPositive();
    }

    @Test
    void a_service_that_does_not_answer_is_skipped_and_named_and_the_rest_still_loads() throws Exception {
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        DemoTargets all = stack.targets();
        DemoTargets withoutStudents = new DemoTargets(all.identity(), all.commonView(), all.recruiting(),
                URI.create("http://localhost:" + closed), all.francization(), all.agriculturalWorkers());
        DemoReport report = DemoSeason.load(withoutStudents, Progress.silent(),
                DemoSeason.Options.defaults().withApplications(APPLICATIONS));
        assertThat(report.skipped()).singleElement().asString().contains("student-attraction");
        assertThat(report.failures()).isEmpty();
        assertThat(report.line("Travailleurs arrivés / workers arrived").total()).isEqualTo(300);
        assertThat(report.line("Personnes intéressées / prospects")).isNull();
    }

    /** The counts a person can see through the APIs, once common-view has caught up with what the services hold. */
    private static Map<String, Long> settledCounts() {
        String mifi = token("test-mifi", "MIFI", Map.of());
        URI agri = stack.agriculturalWorkers();
        URI view = stack.commonView();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
            long workers = 0;
            for (String country : List.of("GT", "MX", "HN", "JM", "SV")) {
                long inService = total(mifi, agri.resolve("/api/workers?size=1&citizenship=" + country));
                long inView = total(mifi, view.resolve("/api/views/consulates/" + country + "/workers?size=1"));
                if (inService != inView) {
                    return false;
                }
                workers += inView;
            }
            return workers == total(mifi, agri.resolve("/api/workers?size=1"))
                    && total(mifi, stack.francization().resolve("/api/enrolments?source=JOURNEES_QUEBEC&size=1")) >= 50;
        });
        Map<String, Long> counts = new LinkedHashMap<>();
        URI recruiting = stack.recruiting();
        URI students = stack.studentAttraction();
        counts.put("employers", total(mifi, recruiting.resolve("/api/employers?size=1")));
        counts.put("missions", total(mifi, recruiting.resolve("/api/missions?size=1")));
        counts.put("job offers", total(mifi, recruiting.resolve("/api/job-offers?size=1")));
        counts.put("hires", total(mifi, recruiting.resolve("/api/employment-offers?status=ACCEPTED&size=1")));
        counts.put("housing units", total(mifi, agri.resolve("/api/housing-units?size=1")));
        counts.put("workers", total(mifi, agri.resolve("/api/workers?size=1")));
        counts.put("absent", total(mifi, agri.resolve("/api/workers?size=1&status=ABSENT")));
        counts.put("departed", total(mifi, agri.resolve("/api/workers?size=1&status=DEPARTED")));
        counts.put("condition reports", total(mifi, agri.resolve("/api/condition-reports?size=1")));
        counts.put("francization enrolments", total(mifi, stack.francization().resolve("/api/enrolments?source=JOURNEES_QUEBEC&size=1")));
        counts.put("institutions", total(mifi, students.resolve("/api/institutions?size=1")));
        counts.put("promotion events", total(mifi, students.resolve("/api/promotion-events?size=1")));
        counts.put("prospects", total(mifi, students.resolve("/api/prospects?size=1")));
        counts.put("consulate GT", total(mifi, view.resolve("/api/views/consulates/GT/workers?size=1")));
        counts.put("consulate MX", total(mifi, view.resolve("/api/views/consulates/MX/workers?size=1")));
        counts.put("consulates HN JM SV", total(mifi, view.resolve("/api/views/consulates/HN/workers?size=1"))
                + total(mifi, view.resolve("/api/views/consulates/JM/workers?size=1"))
                + total(mifi, view.resolve("/api/views/consulates/SV/workers?size=1")));
        return counts;
    }

    private static String token(String subject, String role, Map<String, String> claims) {
        Map<String, Object> request = new LinkedHashMap<>(claims);
        request.put("subject", subject);
        request.put("roles", List.of(role));
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(stack.identity().resolve("/dev/tokens"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request))).build(),
                    HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(answer.body()).get("access_token").asString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long total(String token, URI list) {
        return get(token, list).get("totalItems").asLong();
    }

    private static JsonNode get(String token, URI url) {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(url).header("Authorization", "Bearer " + token)
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(url + " " + answer.body()).isEqualTo(200);
            return JSON.readTree(answer.body());
        } catch (Exception e) {
            throw new IllegalStateException(url.toString(), e);
        }
    }

    private static int status(String token, URI url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(url).header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(url.toString(), e);
        }
    }
}
