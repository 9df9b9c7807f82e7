package qc.passerelle.web;

/** A command that the current state does not allow (arriving twice, departing before arriving...): answered 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
