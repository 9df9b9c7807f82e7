package qc.passerelle.recruiting.mission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import qc.passerelle.recruiting.reference.Sector;

public record MissionResponse(String missionId, String name, MissionFormat format, String country, String city,
                              LocalDate startDate, LocalDate endDate, Instant applicationOpensAt,
                              Instant applicationClosesAt, List<Sector> sectors,
                              List<Mission.Participation> participations, List<String> jobOfferIds) {

    public static MissionResponse of(Mission m) {
        return new MissionResponse(m.id(), m.name(), m.format(), m.country(), m.city(), m.startDate(), m.endDate(),
                m.applicationOpensAt(), m.applicationClosesAt(), m.sectors(), m.participations(), m.jobOfferIds());
    }
}
