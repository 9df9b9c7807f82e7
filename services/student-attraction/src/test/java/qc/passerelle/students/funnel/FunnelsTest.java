package qc.passerelle.students.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import qc.passerelle.students.funnel.FunnelFacts.ApplicationFacts;
import qc.passerelle.students.funnel.FunnelFacts.ProspectFacts;

/** The counting rules, without a database: people counted once per step, CAQs only on the applications in view. */
class FunnelsTest {

    // Ana applied twice to one program (two terms) and once elsewhere, was admitted, got a CAQ, a permit, and arrived;
    // Bruno applied and was refused; Carla, met online, never applied; Diego's CAQ rests on an application out of view
    static final FunnelFacts FACTS = new FunnelFacts(List.of(
            new ProspectFacts("ana", "CO", "evt-1", "app-ana-1", true, true),
            new ProspectFacts("bruno", "CO", "evt-1", null, false, false),
            new ProspectFacts("carla", "MX", null, null, false, false),
            new ProspectFacts("diego", "MX", "evt-1", "app-elsewhere", true, false)),
            List.of(
                    new ApplicationFacts("app-ana-1", "ana", "prg-1", "inst-1", "CO", "evt-1", true, true),
                    new ApplicationFacts("app-ana-2", "ana", "prg-1", "inst-1", "CO", "evt-1", false, true),
                    new ApplicationFacts("app-ana-3", "ana", "prg-2", "inst-2", "CO", "evt-1", true, false),
                    new ApplicationFacts("app-bruno", "bruno", "prg-1", "inst-1", "CO", "evt-1", false, true)));

    @Test
    void perPromotionEventEveryProspectMetCountsAndOnlineOnesAreTheirOwnRow() {
        assertThat(Funnels.by(FunnelDimension.PROMOTION_EVENTS, FACTS)).containsExactly(
                new FunnelRow("ONLINE", null, 1, 0, 0, 0, 0, 0, 0, 0),
                new FunnelRow("evt-1", null, 3, 2, 4, 1, 2, 1, 1, 1));
    }

    @Test
    void perCountryTheCitizenshipDecides() {
        assertThat(Funnels.by(FunnelDimension.COUNTRIES, FACTS)).containsExactly(
                new FunnelRow("CO", null, 2, 2, 4, 1, 2, 1, 1, 1),
                new FunnelRow("MX", null, 2, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void perProgramAPersonWithTwoApplicationsCountsOnceAsAPersonAndTheCaqGoesWithItsApplication() {
        assertThat(Funnels.by(FunnelDimension.PROGRAMS, FACTS)).containsExactly(
                new FunnelRow("prg-1", null, 2, 2, 3, 1, 1, 1, 1, 1),
                new FunnelRow("prg-2", null, 1, 1, 1, 1, 1, 0, 0, 0));
    }

    @Test
    void perInstitution() {
        assertThat(Funnels.by(FunnelDimension.INSTITUTIONS, FACTS)).containsExactly(
                new FunnelRow("inst-1", null, 2, 2, 3, 1, 1, 1, 1, 1),
                new FunnelRow("inst-2", null, 1, 1, 1, 1, 1, 0, 0, 0));
    }

    @Test
    void theShareOfAdmissionsInLabourShortageProgramsCountsAdmissionsNotPeople() {
        assertThat(Funnels.labourShortageShare(FACTS)).isEqualTo(new LabourShortageShare(2, 1, 0.5));
        assertThat(Funnels.labourShortageShare(new FunnelFacts(List.of(), List.of())))
                .isEqualTo(new LabourShortageShare(0, 0, null));
    }
}
