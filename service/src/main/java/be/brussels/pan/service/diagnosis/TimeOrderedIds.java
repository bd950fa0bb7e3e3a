package be.brussels.pan.service.diagnosis;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Version 7 UUIDs (RFC 9562): 48 bits of Unix milliseconds, then 74 random bits.
 *
 * <p>Why not {@link UUID#randomUUID()}: the diagnoses table is indexed by id, and a random id lands on a
 * random leaf of that index, which the embedded database must rewrite whole at every commit. Ids that
 * grow with time all land on the last leaf, so a group commit rewrites one leaf instead of one per row.
 * The 74 random bits (from {@link SecureRandom}) keep ids unguessable; what an id reveals is its creation
 * time to the millisecond, which is stored with the diagnosis anyway.
 */
final class TimeOrderedIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TimeOrderedIds() {
    }

    static UUID next() {
        return at(System.currentTimeMillis());
    }

    static UUID at(long unixMillis) {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long high = (unixMillis & 0xFFFF_FFFF_FFFFL) << 16
                | 0x7000L                                          // version 7
                | ((random[0] & 0x0FL) << 8) | (random[1] & 0xFFL); // rand_a: 12 bits
        long low = 0;
        for (int i = 2; i < 10; i++) {
            low |= (random[i] & 0xFFL) << (8 * (9 - i));
        }
        low = (low & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L; // variant 10, then rand_b: 62 bits
        return new UUID(high, low);
    }
}
