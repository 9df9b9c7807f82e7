package qc.passerelle.recruiting.immigration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import qc.passerelle.contracts.recruiting.ImmigrationStep;
import qc.passerelle.web.ConflictException;
import qc.passerelle.web.InvalidFieldException;

/**
 * The order of a hire's immigration steps: LMIA (only when the employer needs one), CAQ, work permit, each requested
 * then approved or refused, then the arrival. A refusal ends the file. Anything out of this order is a conflict (409);
 * a date before the last one recorded, or still to come, is invalid (400).
 */
public final class ImmigrationPath {

    private ImmigrationPath() {
    }

    public static List<ImmigrationStep> required(boolean lmiaRequired) {
        List<ImmigrationStep> steps = new ArrayList<>(List.of(ImmigrationStep.values()));
        if (!lmiaRequired) {
            steps.remove(ImmigrationStep.LMIA);
        }
        return steps;
    }

    /** The step to work on next, or empty when every step is approved. */
    public static Optional<ImmigrationStep> next(boolean lmiaRequired, List<ImmigrationFile.StepRecord> done) {
        return required(lmiaRequired).stream().filter(step -> latest(done, step) != StepOutcome.APPROVED).findFirst();
    }

    public static boolean refused(List<ImmigrationFile.StepRecord> done) {
        return done.stream().anyMatch(r -> r.outcome() == StepOutcome.REFUSED);
    }

    public static void checkStep(boolean lmiaRequired, List<ImmigrationFile.StepRecord> done, LocalDate arrivedOn,
                                 ImmigrationStep step, StepOutcome outcome, LocalDate on, LocalDate today) {
        checkDate("on", on, done, today);
        if (refused(done) || arrivedOn != null) {
            throw new ConflictException("this immigration file is closed (" + (arrivedOn != null ? "arrived" : "refused") + ")");
        }
        if (!required(lmiaRequired).contains(step)) {
            throw new ConflictException("no " + step + " for this hire: its employer needs no LMIA");
        }
        ImmigrationStep expected = next(lmiaRequired, done).orElseThrow(() -> new ConflictException(
                "every step is approved: what remains is the arrival"));
        if (step != expected) {
            throw new ConflictException(step + " is out of order: the next step is " + expected);
        }
        StepOutcome current = latest(done, step);
        if (outcome == StepOutcome.REQUESTED && current == StepOutcome.REQUESTED) {
            throw new ConflictException(step + " is already requested");
        }
        if (outcome != StepOutcome.REQUESTED && current != StepOutcome.REQUESTED) {
            throw new ConflictException(step + " must be requested before it is " + outcome.name().toLowerCase());
        }
    }

    public static void checkArrival(boolean lmiaRequired, List<ImmigrationFile.StepRecord> done, LocalDate arrivedOn,
                                    LocalDate on, LocalDate today) {
        checkDate("arrivedOn", on, done, today);
        if (arrivedOn != null) {
            throw new ConflictException("the arrival is already recorded (" + arrivedOn + ")");
        }
        if (refused(done)) {
            throw new ConflictException("this immigration file was refused");
        }
        next(lmiaRequired, done).ifPresent(step -> {
            throw new ConflictException("the arrival comes after every step: " + step + " is not approved yet");
        });
    }

    private static void checkDate(String field, LocalDate on, List<ImmigrationFile.StepRecord> done, LocalDate today) {
        if (on.isAfter(today)) {
            throw new InvalidFieldException(field, "a step is recorded once it happened, not before");
        }
        done.stream().map(ImmigrationFile.StepRecord::on).max(LocalDate::compareTo).filter(on::isBefore)
                .ifPresent(last -> {
                    throw new InvalidFieldException(field, "must be on or after the last step recorded (" + last + ")");
                });
    }

    private static StepOutcome latest(List<ImmigrationFile.StepRecord> done, ImmigrationStep step) {
        StepOutcome latest = null;
        for (ImmigrationFile.StepRecord record : done) {
            if (record.step() == step) {
                latest = record.outcome();
            }
        }
        return latest;
    }
}
