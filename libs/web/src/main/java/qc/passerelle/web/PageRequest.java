package qc.passerelle.web;

/** Page numbers start at 0; sizes are capped so that no caller can ask for a whole collection at once. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw new InvalidFieldException("page", "page must be 0 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw new InvalidFieldException("size", "size must be between 1 and " + MAX_SIZE);
        }
        return new PageRequest(p, s);
    }

    public long offset() {
        return (long) page * size;
    }
}
