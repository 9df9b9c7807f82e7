package qc.passerelle.contracts;

/** A record that is not a valid event of the catalogue. Retrying it cannot help: it belongs in the dead letters. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
