package qc.passerelle.students.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A prospect applies at most once to a program for a term: the application's _id is derived from the three, so a
 * second submission meets the first by _id (the one key the local wire server indexes) and a race between two ends
 * in a duplicate key, never in two applications. Hashed, because the three ids together outgrow the contracts'
 * 64-character ids.
 */
final class ApplicationIds {

    private ApplicationIds() {
    }

    static String of(String prospectId, String programId, String intakeTerm) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("|", prospectId, programId, intakeTerm).getBytes(StandardCharsets.UTF_8));
            return "app-" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
