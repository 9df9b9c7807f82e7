package qc.passerelle.agri.worker;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;
import qc.passerelle.testsupport.ContainerInfrastructure;
import qc.passerelle.testsupport.TestInfrastructure;

/** The same scenarios on the real apache/kafka and mongo images, wherever Docker runs. */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkerDirectoryContainersTest extends WorkerDirectoryScenarios {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ContainerInfrastructure.get().register(registry, "agricultural-workers");
    }

    @Override
    protected TestInfrastructure infrastructure() {
        return ContainerInfrastructure.get();
    }
}
