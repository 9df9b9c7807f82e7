package qc.passerelle.students.funnel;

import java.util.List;

/** The few facts of each prospect and application a funnel counts, read within the caller's scope. */
record FunnelFacts(List<ProspectFacts> prospects, List<ApplicationFacts> applications) {

    /** A prospect's file: where they come from, and which application their CAQ (and what follows) rests on. */
    record ProspectFacts(String id, String citizenship, String promotionEventId, String caqApplicationId,
                         boolean studyPermit, boolean arrived) {
    }

    record ApplicationFacts(String id, String prospectId, String programId, String institutionId, String citizenship,
                            String promotionEventId, boolean admitted, boolean labourShortageAligned) {
    }
}
