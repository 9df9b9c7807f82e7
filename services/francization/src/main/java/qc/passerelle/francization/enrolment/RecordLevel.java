package qc.passerelle.francization.enrolment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import qc.passerelle.contracts.MobilityEvent;
import qc.passerelle.contracts.francization.FrancizationCompleted;
import qc.passerelle.contracts.francization.FrancizationLevelAttained;
import qc.passerelle.francization.progress.LevelChange;
import qc.passerelle.francization.progress.LevelRules;
import qc.passerelle.francization.progress.Levels;
import qc.passerelle.francization.progress.Skill;
import qc.passerelle.messaging.outbox.CommandKeys;
import qc.passerelle.security.Caller;
import qc.passerelle.web.InvalidFieldException;

/**
 * MIFI records a level attained in one skill (there is no teacher role: teachers report to MIFI). When the level
 * attained in every skill rises, {@code FrancizationLevelAttained} says so; when it reaches the target, the enrolment
 * is completed ({@code FrancizationCompleted}) in the same write and the person is free to enrol again.
 */
@Service
class RecordLevel {

    private final EnrolmentCommands commands;
    private final PersonClaims claims;
    private final Clock clock;

    RecordLevel(EnrolmentCommands commands, PersonClaims claims, Clock clock) {
        this.commands = commands;
        this.claims = claims;
        this.clock = clock;
    }

    Enrolment record(String enrolmentId, EnrolmentRequests.Assessment request, Caller caller,
                     Optional<String> idempotencyKey) {
        if (request.assessedOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidFieldException("assessedOn", "an assessment is recorded once it has taken place");
        }
        Enrolment recorded = commands.apply(enrolmentId, caller, idempotencyKey,
                CommandKeys.fingerprint("level", request), Set.of(EnrolmentStatus.ACTIVE),
                active -> change(active, request, caller));
        if (recorded.status() == EnrolmentStatus.COMPLETED) {
            claims.release(recorded.personId(), recorded.id());
        }
        return recorded;
    }

    private EnrolmentCommands.Change change(Enrolment active, EnrolmentRequests.Assessment request, Caller caller) {
        if (active.activatedAt() != null
                && request.assessedOn().isBefore(LocalDate.ofInstant(active.activatedAt(), ZoneOffset.UTC))) {
            throw new InvalidFieldException("assessedOn", "the enrolment started on "
                    + LocalDate.ofInstant(active.activatedAt(), ZoneOffset.UTC) + "; an assessment comes after");
        }
        Skill skill = request.skill();
        int level = request.level();
        LevelChange change = LevelRules.record(active.startingLevel(), active.levels().get(skill), level);
        Map<Skill, Integer> next = Levels.with(active.levels(), skill, level);
        boolean completes = Levels.reached(next, active.targetLevel());
        if (change == LevelChange.UNCHANGED && !completes) {
            return null;
        }
        int before = Levels.overall(active.levels());
        int after = Levels.overall(next);
        List<MobilityEvent> events = new ArrayList<>();
        if (after > before) {
            events.add(new FrancizationLevelAttained(active.id(), active.personId(), after, request.assessedOn()));
        }
        Update update = new Update().set("levels." + skill.name(), level).push("levelHistory",
                new LevelRecord(skill, level, request.assessedOn(), caller.subject(), clock.instant()));
        if (completes) {
            update.set("status", EnrolmentStatus.COMPLETED).set("completedOn", request.assessedOn());
            events.add(new FrancizationCompleted(active.id(), active.personId(), after, request.assessedOn()));
        }
        return new EnrolmentCommands.Change(update, events);
    }
}
