package qc.passerelle.recruiting;

import org.junit.jupiter.api.Order;
import qc.passerelle.testsupport.EmbeddedInfrastructure;
import qc.passerelle.testsupport.TestInfrastructure;

/** The recruitment scenarios on the embedded KRaft broker and MongoDB wire server. */
@Order(10)
class RecruitingEmbeddedTest extends RecruitingScenarios implements OnEmbeddedInfrastructure {

    @Override
    protected TestInfrastructure infrastructure() {
        return EmbeddedInfrastructure.get();
    }
}
