package be.brussels.pan.service.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Back-off after failed sign-ins, so that guessing a password takes longer each time, and never for ever.
 *
 * <p>Failures are counted on three keys: the (user, client address) pair, the user from any address, and the
 * address for any user. Each key lets {@link Settings#freeFailures} failures through without a wait (typing
 * mistakes); once they are used up, the next attempt on that key must wait {@code firstDelay}, doubling with each
 * further failure, at most {@code maxDelay}. An attempt made before the wait is over is refused without its password being checked, even
 * a right one, and does not count: it neither lengthens the wait nor costs a BCrypt check. A key forgets its
 * failures {@code forgetAfter} after the last one.
 *
 * <p>Why no one is locked out for ever: the wait after the last failure is at most {@code maxDelay}; and the user
 * and address keys do not apply to a pair that has signed in successfully within {@code knownFor}. So someone
 * guessing a user's password from elsewhere, even from many addresses, slows down that user's sign-ins only from
 * addresses the user has not used; someone guessing from many users' shared address slows down only the users who
 * have not signed in from it. The pair key always applies: a guesser and the user behind the same address cannot
 * be told apart, and both wait (at most {@code maxDelay} after the guesser's last failure).
 *
 * <p>Concurrent attempts: an attempt that may be a guess (its pair has not signed in, or has failures) is counted as
 * a failure from the moment it is let through until its password proves right, so that a burst of parallel
 * guesses is held like a sequence. A known pair without failures (a machine client sending its Basic credentials
 * on every request) is let through without any write.
 *
 * <p>In memory, per instance: with several instances behind a balancer, a guesser gets each instance's allowance.
 * Each map is bounded ({@link Settings#maxEntries}): past it, forgotten entries go first, then the ones with the
 * fewest failures, so flooding with new names cannot wipe out the count of a real attack.
 */
public final class LoginThrottle {

    /** The keys failures are counted on. */
    public enum Kind {
        PAIR, USER, ADDRESS
    }

    /** The policy numbers (application.yml, {@code pan.security.throttle}). */
    public record Settings(Map<Kind, Integer> freeFailures, Duration firstDelay, Duration maxDelay,
                           Duration forgetAfter, Duration knownFor, int maxEntries) {

        public Settings {
            freeFailures = Map.copyOf(freeFailures);
            for (Kind kind : Kind.values()) {
                Integer free = freeFailures.get(kind);
                if (free == null || free < 0) {
                    throw new IllegalArgumentException("pan.security.throttle.free-failures."
                            + kind.name().toLowerCase(java.util.Locale.ROOT) + " must be 0 or more");
                }
            }
            if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
                throw new IllegalArgumentException("pan.security.throttle: first-delay must be positive and at most max-delay");
            }
            if (forgetAfter.compareTo(maxDelay) <= 0) {
                // Forgetting sooner than the longest wait would let a patient guesser start again from no failures.
                throw new IllegalArgumentException("pan.security.throttle.forget-after must be longer than max-delay");
            }
            if (maxEntries < 100) {
                throw new IllegalArgumentException("pan.security.throttle.max-entries must be at least 100");
            }
        }
    }

    /** What a key holds: failures (counting those let through and not yet decided), and when the last one was. */
    private record Failures(int count, int undecided, Instant last) {
    }

    /** An attempt let through: report how it ended, exactly once. */
    public interface Attempt {
        /** The password was right: the pair's failures are wiped and the pair is known from now on. */
        void succeeded();

        /** The password (or user) was wrong; the keys on which this failure now makes the next attempt wait. */
        List<Kind> failed();

        /** Neither: the check could not be made (the database is away). Nothing is counted. */
        void abandoned();
    }

    /** Thrown when an attempt must wait: how long. */
    public record Wait(Duration duration) {
    }

    private static final int MAX_KEY_CHARS = 64;
    /** A known pair's time of success is rewritten at most this often, not at every request of a Basic client. */
    private static final Duration KNOWN_REFRESH = Duration.ofMinutes(1);

    private final Settings settings;
    private final ThrottleClock clock;
    private final Map<Kind, ConcurrentHashMap<String, Failures>> failures = new EnumMap<>(Kind.class);
    private final ConcurrentHashMap<String, Instant> known = new ConcurrentHashMap<>();

    public LoginThrottle(Settings settings, ThrottleClock clock) {
        this.settings = settings;
        this.clock = clock;
        for (Kind kind : Kind.values()) {
            failures.put(kind, new ConcurrentHashMap<>());
        }
    }

    /**
     * Asks to check a password of {@code username} from {@code address}: the attempt to report on, or how long to
     * wait first.
     */
    public Decision attempt(String username, String address) {
        Instant now = clock.now();
        Map<Kind, String> keys = keys(username, address);
        boolean knownPair = isKnown(keys.get(Kind.PAIR), now);
        List<Kind> applicable = knownPair ? List.of(Kind.PAIR) : List.of(Kind.PAIR, Kind.USER, Kind.ADDRESS);
        Failures pair = live(Kind.PAIR, keys.get(Kind.PAIR), now);
        if (knownPair && pair == null) {
            // The usual case: a known client without failures. Nothing to wait for, nothing to write.
            return new Decision(new Unreserved(keys), Duration.ZERO);
        }
        List<Kind> reserved = new ArrayList<>(3);
        Duration longest = Duration.ZERO;
        for (Kind kind : Kind.values()) {
            Duration[] wait = {Duration.ZERO};
            boolean gate = applicable.contains(kind);
            failures.get(kind).compute(keys.get(kind), (key, held) -> {
                Failures live = held == null || forgotten(held, now) ? null : held;
                int count = live == null ? 0 : live.count();
                Duration delay = delay(kind, count);
                // No delay, no wait: another thread's reservation may carry a time a little after this "now".
                if (gate && live != null && !delay.isZero()) {
                    Instant until = live.last().plus(delay);
                    if (until.isAfter(now)) {
                        wait[0] = Duration.between(now, until);
                        return live;
                    }
                }
                return new Failures(count + 1, (live == null ? 0 : live.undecided()) + 1, now);
            });
            if (!wait[0].isZero()) {
                longest = wait[0].compareTo(longest) > 0 ? wait[0] : longest;
            } else {
                reserved.add(kind);
            }
        }
        if (!longest.isZero()) {
            // Refused: the reservations made on the other keys are taken back, as if the attempt never came.
            for (Kind kind : reserved) {
                failures.get(kind).computeIfPresent(keys.get(kind), (key, held) -> undo(held));
            }
            return new Decision(null, longest);
        }
        bound(now);
        return new Decision(new Reserved(keys), Duration.ZERO);
    }

    /** Let through ({@link #attempt()} present), or refused until {@link #retryAfter()} has passed. */
    public record Decision(Attempt attempt, Duration retryAfter) {

        public Optional<Attempt> allowed() {
            return Optional.ofNullable(attempt);
        }
    }

    /** How many keys of each kind hold failures that make the next attempt wait now (the metrics' gauge). */
    public int locked(Kind kind) {
        Instant now = clock.now();
        int locked = 0;
        for (Failures f : failures.get(kind).values()) {
            if (!forgotten(f, now) && f.last().plus(delay(kind, f.count())).isAfter(now)) {
                locked++;
            }
        }
        return locked;
    }

    /**
     * The wait after {@code count} failures on a key of this kind: none before the free failures are used up, then
     * {@code firstDelay}, doubling with each further failure, at most {@code maxDelay}.
     */
    Duration delay(Kind kind, int count) {
        int past = count - settings.freeFailures().get(kind);
        if (past < 0) {
            return Duration.ZERO;
        }
        if (past > 40) {
            return settings.maxDelay();
        }
        Duration delay = settings.firstDelay().multipliedBy(1L << past);
        return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
    }

    private final class Reserved implements Attempt {
        private final Map<Kind, String> keys;

        Reserved(Map<Kind, String> keys) {
            this.keys = keys;
        }

        @Override
        public void succeeded() {
            failures.get(Kind.PAIR).remove(keys.get(Kind.PAIR));
            for (Kind kind : List.of(Kind.USER, Kind.ADDRESS)) {
                failures.get(kind).computeIfPresent(keys.get(kind), (key, held) -> undo(held));
            }
            remember(keys.get(Kind.PAIR), clock.now());
        }

        @Override
        public List<Kind> failed() {
            List<Kind> waiting = new ArrayList<>(3);
            Instant now = clock.now();
            for (Kind kind : Kind.values()) {
                Failures after = failures.get(kind).computeIfPresent(keys.get(kind),
                        (key, held) -> new Failures(held.count(), Math.max(0, held.undecided() - 1), now));
                if (after != null && !delay(kind, after.count()).isZero()) {
                    waiting.add(kind);
                }
            }
            return waiting;
        }

        @Override
        public void abandoned() {
            for (Kind kind : Kind.values()) {
                failures.get(kind).computeIfPresent(keys.get(kind), (key, held) -> undo(held));
            }
        }
    }

    /** An attempt of a known pair without failures: nothing was written before the check. */
    private final class Unreserved implements Attempt {
        private final Map<Kind, String> keys;

        Unreserved(Map<Kind, String> keys) {
            this.keys = keys;
        }

        @Override
        public void succeeded() {
            remember(keys.get(Kind.PAIR), clock.now());
        }

        @Override
        public List<Kind> failed() {
            List<Kind> waiting = new ArrayList<>(3);
            Instant now = clock.now();
            for (Kind kind : Kind.values()) {
                Failures after = failures.get(kind).compute(keys.get(kind), (key, held) -> {
                    int count = held == null || forgotten(held, now) ? 0 : held.count();
                    return new Failures(count + 1, held == null || forgotten(held, now) ? 0 : held.undecided(), now);
                });
                if (!delay(kind, after.count()).isZero()) {
                    waiting.add(kind);
                }
            }
            bound(now);
            return waiting;
        }

        @Override
        public void abandoned() {
            // Nothing was reserved.
        }
    }

    /** Takes back one failure counted in advance; an entry left with none is removed. */
    private static Failures undo(Failures held) {
        int count = held.count() - 1;
        return count <= 0 ? null : new Failures(count, Math.max(0, held.undecided() - 1), held.last());
    }

    private boolean forgotten(Failures f, Instant now) {
        return f.undecided() == 0 && !f.last().plus(settings.forgetAfter()).isAfter(now);
    }

    private Failures live(Kind kind, String key, Instant now) {
        Failures f = failures.get(kind).get(key);
        return f == null || forgotten(f, now) ? null : f;
    }

    private boolean isKnown(String pairKey, Instant now) {
        Instant last = known.get(pairKey);
        return last != null && last.plus(settings.knownFor()).isAfter(now);
    }

    private void remember(String pairKey, Instant now) {
        Instant last = known.get(pairKey);
        if (last == null || !last.plus(KNOWN_REFRESH).isAfter(now)) {
            known.put(pairKey, now);
            if (known.size() > settings.maxEntries()) {
                // The pairs that signed in longest ago are forgotten first.
                List<Map.Entry<String, Instant>> oldest = new ArrayList<>(known.entrySet());
                oldest.sort(Map.Entry.comparingByValue());
                oldest.subList(0, known.size() - settings.maxEntries() * 9 / 10).forEach(e -> known.remove(e.getKey(), e.getValue()));
            }
        }
    }

    /** Keeps each map within {@code maxEntries}: the forgotten entries go first, then those with the fewest failures. */
    private void bound(Instant now) {
        for (Kind kind : Kind.values()) {
            ConcurrentHashMap<String, Failures> map = failures.get(kind);
            if (map.size() <= settings.maxEntries()) {
                continue;
            }
            map.entrySet().removeIf(e -> forgotten(e.getValue(), now));
            int excess = map.size() - settings.maxEntries() * 9 / 10;
            if (excess > 0) {
                List<Map.Entry<String, Failures>> weakest = new ArrayList<>(map.entrySet());
                weakest.removeIf(e -> e.getValue().undecided() > 0);
                weakest.sort(Comparator.comparingInt(e -> e.getValue().count()));
                weakest.subList(0, Math.min(excess, weakest.size())).forEach(e -> map.remove(e.getKey(), e.getValue()));
            }
        }
    }

    /** The three keys of an attempt. A name longer than any user's is one key: it is a failure whatever it is. */
    private static Map<Kind, String> keys(String username, String address) {
        String user = username == null ? "" : username.length() > MAX_KEY_CHARS ? "\u0001too-long" : username;
        String from = address == null ? "" : address;
        Map<Kind, String> keys = new EnumMap<>(Kind.class);
        keys.put(Kind.PAIR, user + '\u0000' + from);
        keys.put(Kind.USER, user);
        keys.put(Kind.ADDRESS, from);
        return keys;
    }
}
