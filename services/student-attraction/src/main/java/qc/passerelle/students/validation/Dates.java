package qc.passerelle.students.validation;

import java.time.LocalDate;
import qc.passerelle.web.InvalidFieldException;

/** Dates of facts already known: not in the future, not before what they follow. */
public final class Dates {

    private Dates() {
    }

    public static void notInTheFuture(String field, LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw new InvalidFieldException(field, field + " is a fact already known: it cannot be after " + today);
        }
    }

    public static void notBefore(String field, LocalDate date, LocalDate earliest, String what) {
        if (date.isBefore(earliest)) {
            throw new InvalidFieldException(field, field + " cannot be before " + what + " (" + earliest + ")");
        }
    }

    public static void after(String field, LocalDate date, LocalDate start, String what) {
        if (!date.isAfter(start)) {
            throw new InvalidFieldException(field, field + " must be after " + what + " (" + start + ")");
        }
    }
}
