package qc.passerelle.students.application;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The institution's decision on an application. */
public record DecisionRequest(@NotNull Outcome outcome, @NotNull LocalDate decidedOn) {

    public enum Outcome { GRANTED, REFUSED }
}
