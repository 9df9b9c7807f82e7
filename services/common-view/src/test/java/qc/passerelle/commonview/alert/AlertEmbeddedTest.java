package qc.passerelle.commonview.alert;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import qc.passerelle.commonview.support.TestClockConfiguration;
import qc.passerelle.testsupport.EmbeddedInfrastructure;
import qc.passerelle.testsupport.TestInfrastructure;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
class AlertEmbeddedTest extends AlertScenarios {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.get().register(registry, "common-view-alerts");
        registry.add("spring.cloud.stream.bindings.mobilityEvents-in-0.group", () -> "common-view-alerts");
        // the tests call the time-based check themselves, with the clock they moved
        registry.add("passerelle.common-view.alerts.first-check", () -> "PT1H");
    }

    @Override
    protected TestInfrastructure infrastructure() {
        return EmbeddedInfrastructure.get();
    }
}
