package qc.passerelle.messaging.store;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Ids for the documents a service creates, as UUIDs of version 7 (RFC 9562): the first 48 bits are the time in
 * milliseconds, then 74 random bits around the 6 that give the version and variant. Their text sorts as they were
 * made (ids of one millisecond in any order), so a new document goes into the last pages of the {@code _id} index,
 * the ones the store has in memory, instead of a random page of an index that grows with the season (ADR 0022): with
 * random ids, an arrival read a page of the workers' index back from the local store's file and left a page half
 * full for its compaction to rewrite, in each service that keeps the worker. MongoDB's own ObjectIds begin with their
 * time for the same reason.
 */
public final class TimeOrderedIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TimeOrderedIds() {
    }

    /** A new id, e.g. {@code 019ad0b2-8c4e-7a31-9f0e-2b7c4d5e6f70}. */
    public static String next() {
        return at(System.currentTimeMillis()).toString();
    }

    static UUID at(long epochMillis) {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long randA = ((random[0] & 0x0FL) << 8) | (random[1] & 0xFFL);
        long randB = 0;
        for (int i = 2; i < random.length; i++) {
            randB = (randB << 8) | (random[i] & 0xFFL);
        }
        long high = ((epochMillis & 0xFFFF_FFFF_FFFFL) << 16) | 0x7000L | randA;   // time, version 7, 12 random bits
        long low = 0x8000_0000_0000_0000L | (randB & 0x3FFF_FFFF_FFFF_FFFFL);      // variant 2, 62 random bits
        return new UUID(high, low);
    }
}
