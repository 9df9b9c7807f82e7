package qc.passerelle.web;

/** Unknown, or outside the caller's scope: both answer 404 so that existence is not leaked. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
