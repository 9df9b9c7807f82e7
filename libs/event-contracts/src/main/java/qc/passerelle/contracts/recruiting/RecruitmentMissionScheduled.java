package qc.passerelle.contracts.recruiting;

import qc.passerelle.contracts.MobilityEvent;
import java.time.LocalDate;

/** Event recruiting.RecruitmentMissionScheduled v1; subject = missionId. */
public record RecruitmentMissionScheduled(
        String missionId,
        String name,
        MissionFormat format,
        String country,
        String city,
        LocalDate startDate,
        LocalDate endDate) implements MobilityEvent {

    @Override
    public String subject() {
        return missionId;
    }
}
