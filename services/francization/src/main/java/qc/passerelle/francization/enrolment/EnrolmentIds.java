package qc.passerelle.francization.enrolment;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The id of an enrolment that an event caused, derived from the cause alone: the same event seen again (redelivery,
 * replay) names the same enrolment, so the second creation is a duplicate key. Ids stay within the contracts' 64
 * characters: a reference too long for its prefix is replaced by its name-based UUID, still derived from it alone.
 */
public final class EnrolmentIds {

    private static final int MAX = 64;

    private EnrolmentIds() {
    }

    public static String causedBy(String prefix, String reference) {
        String id = prefix + reference;
        return id.length() <= MAX ? id
                : prefix + UUID.nameUUIDFromBytes(reference.getBytes(StandardCharsets.UTF_8));
    }
}
