package qc.passerelle.recruiting.mission;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import qc.passerelle.contracts.recruiting.RecruitmentMissionScheduled;
import qc.passerelle.messaging.outbox.CommandKeys;
import qc.passerelle.messaging.outbox.CreateOnce;
import qc.passerelle.messaging.outbox.Outbox;
import qc.passerelle.recruiting.support.CommandKeysAtCreation;
import qc.passerelle.recruiting.support.DerivedIds;
import qc.passerelle.web.InvalidFieldException;

/** Schedules a mission with its {@code RecruitmentMissionScheduled} event, in one write. */
@Service
class ScheduleMission {

    private final CreateOnce createOnce;
    private final Outbox outbox;
    private final Clock clock;

    ScheduleMission(CreateOnce createOnce, Outbox outbox, Clock clock) {
        this.createOnce = createOnce;
        this.outbox = outbox;
        this.clock = clock;
    }

    Mission schedule(MissionRequest request, Optional<String> key) {
        check(request);
        String fingerprint = CommandKeys.fingerprint("schedule mission", request);
        return createOnce.insert(Mission.COLLECTION, Mission.class, key,
                earlier -> CommandKeysAtCreation.sameRequest(earlier.commandKeys(), fingerprint),
                () -> newMission(request, key, fingerprint));
    }

    private void check(MissionRequest request) {
        if (request.format() != MissionFormat.VIRTUAL && (request.city() == null || request.city().isBlank())) {
            throw new InvalidFieldException("city", "a mission met in person takes place in a city");
        }
        if (request.endDate().isBefore(request.startDate())) {
            throw new InvalidFieldException("endDate", "a mission ends on or after the day it starts");
        }
        if (request.endDate().isBefore(LocalDate.now(clock))) {
            throw new InvalidFieldException("endDate", "a mission is scheduled before it ends");
        }
        if (!request.applicationClosesAt().isAfter(request.applicationOpensAt())) {
            throw new InvalidFieldException("applicationClosesAt", "the application window closes after it opens");
        }
        if (request.applicationClosesAt().atOffset(ZoneOffset.UTC).toLocalDate().isAfter(request.endDate())) {
            throw new InvalidFieldException("applicationClosesAt", "applications close by the mission's last day");
        }
    }

    private Mission newMission(MissionRequest request, Optional<String> key, String fingerprint) {
        String id = DerivedIds.fresh("mission");
        String city = request.city() == null || request.city().isBlank() ? null : request.city().strip();
        RecruitmentMissionScheduled event = new RecruitmentMissionScheduled(id, request.name().strip(),
                request.format().announced(), request.country(), city, request.startDate(), request.endDate());
        return new Mission(id, request.name().strip(), request.format(), request.country(), city,
                request.startDate(), request.endDate(), request.applicationOpensAt(), request.applicationClosesAt(),
                request.sectors().stream().distinct().toList(), List.of(), List.of(), clock.instant(),
                key.orElse(null), CommandKeysAtCreation.of(key, fingerprint), 1, outbox.events(event), true);
    }
}
