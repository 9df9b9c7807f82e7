package qc.passerelle.web;

import java.util.Optional;
import java.util.regex.Pattern;

/** The {@code Idempotency-Key} header of a command: a client's name for one attempt, repeated on its retries. */
public final class IdempotencyKey {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private IdempotencyKey() {
    }

    public static Optional<String> validated(String header) {
        if (header == null) {
            return Optional.empty();
        }
        if (!VALID.matcher(header).matches()) {
            throw new InvalidFieldException(HEADER, "Idempotency-Key must be 1 to 100 letters, digits or . _ : -");
        }
        return Optional.of(header);
    }
}
