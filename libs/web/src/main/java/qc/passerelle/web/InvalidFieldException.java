package qc.passerelle.web;

/** Input that is well-formed but wrong for one named field: answered 400 with the field in the problem document. */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
