package qc.passerelle.recruiting.reference;

/** What an id must look like to travel in an event (the contracts' pattern and length). */
public final class Ids {

    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}";
    public static final String MESSAGE = "must be an id: 1 to 64 letters, digits or . _ : -, starting with a letter or digit";

    private Ids() {
    }

    public static boolean valid(String id) {
        return id != null && id.matches(PATTERN);
    }
}
