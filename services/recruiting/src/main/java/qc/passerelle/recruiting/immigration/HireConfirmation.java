package qc.passerelle.recruiting.immigration;

/**
 * Whether the employment offer a file claims was really accepted, completing an acceptance that a crash interrupted
 * between its claim and its offer's write. Told by the offer feature.
 */
public interface HireConfirmation {

    boolean confirmed(String offerId);
}
