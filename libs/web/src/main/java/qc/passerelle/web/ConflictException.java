package qc.passerelle.web;

/**
 * A command that the current state does not allow (arriving twice, departing before arriving, an employer this
 * service does not know yet...): answered 409, naming the field whose value is the cause when there is one.
 */
public class ConflictException extends RuntimeException {

    private final String field;

    public ConflictException(String message) {
        this(null, message);
    }

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
