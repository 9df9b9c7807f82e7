package qc.passerelle.francization.scholarship;

import java.math.BigDecimal;
import qc.passerelle.web.InvalidFieldException;

/** Dollars as clients write them, cents as budgets add them up: exact, and comparable by the database. */
final class Money {

    private Money() {
    }

    /** The amount in cents: more than zero, whole cents, at most {@code maxCents}. */
    static long cents(String field, BigDecimal amount, long maxCents) {
        if (amount.signum() <= 0) {
            throw new InvalidFieldException(field, "an amount is more than 0");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidFieldException(field, "an amount in CAD has whole cents (2 decimals at most)");
        }
        if (amount.compareTo(BigDecimal.valueOf(maxCents, 2)) > 0) {
            throw new InvalidFieldException(field, "an amount is at most " + BigDecimal.valueOf(maxCents, 2) + " CAD");
        }
        return amount.movePointRight(2).longValueExact();
    }

    static BigDecimal dollars(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
