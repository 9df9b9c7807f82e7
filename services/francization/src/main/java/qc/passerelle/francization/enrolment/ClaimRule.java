package qc.passerelle.francization.enrolment;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether the enrolment named in a person's claim still holds the person. An active one does. One that is over
 * (completed, abandoned, declined) never does again: its claim was left behind by a crash before the release. One
 * that does not exist yet, or is still an offer, is being created or accepted right now, or was when the service
 * stopped: it holds the person for a grace period, long enough for a redelivered event or a retried request to
 * finish the work, short enough that a claim nobody finishes does not block the person for long.
 */
final class ClaimRule {

    static final Duration GRACE = Duration.ofMinutes(5);

    private ClaimRule() {
    }

    /** {@code holderStatus} is null when the holder does not exist (yet). */
    static boolean holds(EnrolmentStatus holderStatus, Instant claimedAt, Instant now) {
        if (holderStatus == EnrolmentStatus.ACTIVE) {
            return true;
        }
        if (holderStatus == null || holderStatus == EnrolmentStatus.OFFERED) {
            return claimedAt != null && claimedAt.isAfter(now.minus(GRACE));
        }
        return false;
    }
}
