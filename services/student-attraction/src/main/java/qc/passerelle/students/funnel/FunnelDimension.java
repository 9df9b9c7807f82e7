package qc.passerelle.students.funnel;

import java.util.Arrays;
import java.util.Optional;

/** What a funnel is cut by, as the path names it. */
public enum FunnelDimension {
    PROMOTION_EVENTS("promotion-events"), COUNTRIES("countries"), PROGRAMS("programs"), INSTITUTIONS("institutions");

    private final String path;

    FunnelDimension(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    /** Promotion events and countries describe the prospect; programs and institutions, what they applied to. */
    boolean ofProspects() {
        return this == PROMOTION_EVENTS || this == COUNTRIES;
    }

    static Optional<FunnelDimension> byPath(String path) {
        return Arrays.stream(values()).filter(d -> d.path.equals(path)).findFirst();
    }
}
