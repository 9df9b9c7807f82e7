package qc.passerelle.francization.enrolment;

import java.time.Instant;
import java.time.LocalDate;
import qc.passerelle.francization.progress.Skill;

/** One assessment as MIFI recorded it: kept so that every level can be traced to who recorded it and when. */
public record LevelRecord(Skill skill, int level, LocalDate assessedOn, String recordedBy, Instant recordedAt) {
}
