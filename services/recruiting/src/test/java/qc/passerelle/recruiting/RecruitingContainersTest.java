package qc.passerelle.recruiting;

import org.junit.jupiter.api.Order;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;
import qc.passerelle.testsupport.ContainerInfrastructure;
import qc.passerelle.testsupport.TestInfrastructure;

/** The same scenarios on the real apache/kafka and mongo images, wherever Docker runs. */
@Order(11)
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "recruiting.burst.max-concurrent=24",
        "recruiting.burst.max-wait=200ms",
        "recruiting.burst.per-second=100000"})
class RecruitingContainersTest extends RecruitingScenarios {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ContainerInfrastructure.get().register(registry, "recruiting");
    }

    @Override
    protected TestInfrastructure infrastructure() {
        return ContainerInfrastructure.get();
    }
}
