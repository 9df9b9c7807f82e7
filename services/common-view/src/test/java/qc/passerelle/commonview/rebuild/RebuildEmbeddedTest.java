package qc.passerelle.commonview.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import qc.passerelle.commonview.agri.AgriListener;
import qc.passerelle.commonview.readmodel.Replay;
import qc.passerelle.commonview.support.Season;
import qc.passerelle.testsupport.EmbeddedInfrastructure;
import qc.passerelle.testsupport.HttpTestClient;
import qc.passerelle.testsupport.ServiceScenarios;
import qc.passerelle.testsupport.TestInfrastructure;
import tools.jackson.databind.JsonNode;

/**
 * An event published while a rebuild replays the topics into memory is not lost when the rebuilt documents replace
 * the read models: it lies past the end offsets the replay stops at, and the rebuild applies it from the tail of the
 * topics once the documents are written. The live consumer is off here, so the tail is the only way it can arrive.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RebuildEmbeddedTest extends ServiceScenarios {

    /** What to publish from inside the replay, at its first batch of agri-workers events. */
    static final AtomicReference<Runnable> duringTheReplay = new AtomicReference<>();

    @TestConfiguration
    static class PublishDuringTheReplay {

        @Bean
        AgriListener publishDuringTheReplay(Replay replay) {
            return batch -> {
                if (replay.active()) {
                    Runnable publish = duringTheReplay.getAndSet(null);
                    if (publish != null) {
                        publish.run();
                    }
                }
            };
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.get().register(registry, "common-view-rebuild");
        registry.add("spring.cloud.stream.bindings.mobilityEvents-in-0.group", () -> "common-view-rebuild");
        registry.add("spring.cloud.stream.bindings.mobilityEvents-in-0.consumer.auto-startup", () -> "false");
        registry.add("passerelle.common-view.alerts.first-check", () -> "PT1H");
    }

    @Override
    protected TestInfrastructure infrastructure() {
        return EmbeddedInfrastructure.get();
    }

    @Autowired
    Replay replay;

    @Test
    void anEventPublishedWhileTheRebuildReplaysIsInTheReadModelsWhenItEnds() {
        Season season = new Season(kafka);
        String employer = season.id("emp");
        String unit = season.unit(employer, "MONTEREGIE");
        String before = season.arrive("GT", employer, unit, LocalDate.of(Season.YEAR, 4, 6));
        AtomicReference<String> during = new AtomicReference<>();
        duringTheReplay.set(() -> during.set(season.arrive("MX", employer, unit, LocalDate.of(Season.YEAR, 4, 7))));

        HttpTestClient mifi = as(tokens.mifi());
        assertThat(mifi.postJson("/api/views/rebuild", "{}").status()).isEqualTo(202);
        await().atMost(PATIENCE).until(() -> "DONE".equals(mifi.get("/api/views/rebuild").json().get("state").asString()));

        assertThat(during.get()).as("published from inside the replay").isNotNull();
        for (String workerId : new String[] {before, during.get()}) {
            HttpTestClient.Response timeline = mifi.get("/api/views/people/" + workerId + "/timeline");
            assertThat(timeline.status()).as(workerId).isEqualTo(200);
            JsonNode steps = timeline.json().get("steps");
            assertThat(steps.size()).isEqualTo(1);
            assertThat(steps.get(0).get("type").asString()).isEqualTo("WorkerArrived");
        }
        assertThat(replay.active()).isFalse();
    }
}
