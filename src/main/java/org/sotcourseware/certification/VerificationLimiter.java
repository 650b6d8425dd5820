package org.sotcourseware.certification;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Limits how many certificate codes one address may look up on the public verification page: a sliding
 * window of one minute per address (so codes cannot be guessed by trying many), and a total across all
 * addresses. Remembers at most {@link #MAX_ADDRESSES} addresses.
 */
@Component
public class VerificationLimiter {

    static final int MAX_ADDRESSES = 10_000;
    static final int GLOBAL_FACTOR = 50;

    private final int perMinute;
    private final Clock clock;
    private final Map<String, Deque<Long>> byAddress = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Long>> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };
    private final Deque<Long> everyone = new ArrayDeque<>();

    VerificationLimiter(CertificationProperties properties, Clock clock) {
        this.perMinute = Math.max(1, properties.verificationsPerMinute());
        this.clock = clock;
    }

    /** Whether {@code address} may look up a code now; counts the lookup when it may. */
    public synchronized boolean tryAcquire(String address) {
        long now = clock.millis();
        Deque<Long> mine = byAddress.computeIfAbsent(address, a -> new ArrayDeque<>());
        prune(mine, now);
        prune(everyone, now);
        if (mine.size() >= perMinute || everyone.size() >= perMinute * GLOBAL_FACTOR) {
            return false;
        }
        mine.addLast(now);
        everyone.addLast(now);
        return true;
    }

    private static void prune(Deque<Long> times, long now) {
        while (!times.isEmpty() && times.peekFirst() <= now - 60_000) {
            times.removeFirst();
        }
    }
}
