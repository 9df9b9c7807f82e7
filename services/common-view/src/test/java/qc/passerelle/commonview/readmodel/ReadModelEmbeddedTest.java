package qc.passerelle.commonview.readmodel;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import qc.passerelle.testsupport.EmbeddedInfrastructure;
import qc.passerelle.testsupport.TestInfrastructure;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReadModelEmbeddedTest extends ReadModelScenarios {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.get().register(registry, "common-view-read-models");
        registry.add("spring.cloud.stream.bindings.mobilityEvents-in-0.group", () -> "common-view-read-models");
        registry.add("passerelle.common-view.alerts.first-check", () -> "PT1H");
        // the rebuild's replay in batches of a few records: its derivations, left to the end, span many batches
        registry.add("passerelle.common-view.rebuild.batch", () -> "3");
        registry.add("passerelle.common-view.rebuild.fold-batch", () -> "3");
    }

    @Override
    protected TestInfrastructure infrastructure() {
        return EmbeddedInfrastructure.get();
    }
}
