package qc.passerelle.recruiting.immigration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import qc.passerelle.contracts.recruiting.ImmigrationStep;
import qc.passerelle.web.ConflictException;
import qc.passerelle.web.InvalidFieldException;

/** The order of a hire's immigration steps: out of order is a conflict, a date out of order is invalid. */
@Order(2)
class ImmigrationPathTest {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    final List<ImmigrationFile.StepRecord> done = new ArrayList<>();

    void record(boolean lmia, ImmigrationStep step, StepOutcome outcome, int daysAgo) {
        LocalDate on = TODAY.minusDays(daysAgo);
        ImmigrationPath.checkStep(lmia, done, null, step, outcome, on, TODAY);
        done.add(new ImmigrationFile.StepRecord(step, outcome, on, "clerk"));
    }

    @Test
    void withAnLmiaTheStepsGoLmiaCaqWorkPermitThenTheArrival() {
        assertThat(ImmigrationPath.next(true, done)).contains(ImmigrationStep.LMIA);
        record(true, ImmigrationStep.LMIA, StepOutcome.REQUESTED, 30);
        record(true, ImmigrationStep.LMIA, StepOutcome.APPROVED, 20);
        assertThat(ImmigrationPath.next(true, done)).contains(ImmigrationStep.CAQ);
        record(true, ImmigrationStep.CAQ, StepOutcome.REQUESTED, 20);
        record(true, ImmigrationStep.CAQ, StepOutcome.APPROVED, 10);
        record(true, ImmigrationStep.WORK_PERMIT, StepOutcome.REQUESTED, 9);
        assertThatThrownBy(() -> ImmigrationPath.checkArrival(true, done, null, TODAY, TODAY))
                .isInstanceOf(ConflictException.class);
        record(true, ImmigrationStep.WORK_PERMIT, StepOutcome.APPROVED, 2);

        assertThat(ImmigrationPath.next(true, done)).isEmpty();
        ImmigrationPath.checkArrival(true, done, null, TODAY, TODAY);
        assertThatThrownBy(() -> ImmigrationPath.checkArrival(true, done, TODAY, TODAY, TODAY))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void withoutAnLmiaTheCaqComesFirstAndAnLmiaIsAConflict() {
        assertThat(ImmigrationPath.required(false)).containsExactly(ImmigrationStep.CAQ, ImmigrationStep.WORK_PERMIT);
        assertThatThrownBy(() -> record(false, ImmigrationStep.LMIA, StepOutcome.REQUESTED, 5))
                .isInstanceOf(ConflictException.class).hasMessageContaining("needs no LMIA");
        record(false, ImmigrationStep.CAQ, StepOutcome.REQUESTED, 5);
    }

    @Test
    void aStepOutOfOrderOrDecidedBeforeItWasRequestedIsAConflict() {
        assertThatThrownBy(() -> record(true, ImmigrationStep.CAQ, StepOutcome.REQUESTED, 5))
                .isInstanceOf(ConflictException.class).hasMessageContaining("the next step is LMIA");
        assertThatThrownBy(() -> record(true, ImmigrationStep.LMIA, StepOutcome.APPROVED, 5))
                .isInstanceOf(ConflictException.class).hasMessageContaining("must be requested");
        record(true, ImmigrationStep.LMIA, StepOutcome.REQUESTED, 5);
        assertThatThrownBy(() -> record(true, ImmigrationStep.LMIA, StepOutcome.REQUESTED, 4))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already requested");
    }

    @Test
    void aRefusalClosesTheFile() {
        record(false, ImmigrationStep.CAQ, StepOutcome.REQUESTED, 5);
        record(false, ImmigrationStep.CAQ, StepOutcome.REFUSED, 1);

        assertThat(ImmigrationPath.refused(done)).isTrue();
        assertThatThrownBy(() -> record(false, ImmigrationStep.CAQ, StepOutcome.REQUESTED, 0))
                .isInstanceOf(ConflictException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> ImmigrationPath.checkArrival(false, done, null, TODAY, TODAY))
                .isInstanceOf(ConflictException.class).hasMessageContaining("refused");
    }

    @Test
    void aDateBeforeTheLastStepOrStillToComeIsInvalid() {
        record(false, ImmigrationStep.CAQ, StepOutcome.REQUESTED, 5);

        assertThatThrownBy(() -> record(false, ImmigrationStep.CAQ, StepOutcome.APPROVED, 6))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("on"));
        assertThatThrownBy(() -> record(false, ImmigrationStep.CAQ, StepOutcome.APPROVED, -1))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("on"));
        assertThatThrownBy(() -> ImmigrationPath.checkArrival(false, done, null, TODAY.minusDays(6), TODAY))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("arrivedOn"));
    }
}
