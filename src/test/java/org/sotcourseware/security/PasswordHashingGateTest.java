package org.sotcourseware.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordHashingGateTest {

    /** An encoder that records how many checks run at the same moment. */
    static final class Counting implements PasswordEncoder {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();
        private final long millis;

        Counting() {
            this(20);
        }

        /** Each hash or check takes {@code millis}. */
        Counting(long millis) {
            this.millis = millis;
        }

        @Override
        public String encode(CharSequence raw) {
            return work("{x}" + raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return work(encoded).equals("{x}" + raw);
        }

        private String work(String result) {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return result;
        }
    }

    @Test
    void twelveSimultaneousSignInsHashAtMostTwoAtATimeAndAllGetTheRightAnswer() throws Exception {
        Counting inner = new Counting();
        PasswordHashingGate gate = new PasswordHashingGate(inner, 2);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String password = i % 3 == 0 ? "wrong" : "secret";
            results.add(pool.submit(() -> {
                start.await();
                return gate.matches(password, "{x}secret");
            }));
        }
        start.countDown();
        int right = 0;
        for (int i = 0; i < 12; i++) {
            assertThat(results.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(i % 3 != 0);
            right += results.get(i).get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(right).isEqualTo(8);
        assertThat(inner.most.get()).isEqualTo(2);
        assertThat(gate.available()).as("every permit is returned").isEqualTo(2);
    }

    @Test
    void aFailingHashReturnsItsPermit() {
        PasswordEncoder failing = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                throw new IllegalStateException("boom");
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                throw new IllegalStateException("boom");
            }
        };
        PasswordHashingGate gate = new PasswordHashingGate(failing, 1);
        assertThatThrownBy(() -> gate.matches("a", "b")).hasMessage("boom");
        assertThatThrownBy(() -> gate.encode("a")).hasMessage("boom");
        assertThat(gate.available()).isEqualTo(1);
    }

    @Test
    void theLimitMustBeAtLeastOne() {
        assertThatThrownBy(() -> new PasswordHashingGate(new Counting(), 0)).hasMessageContaining("password-hashing-threads");
        assertThat(PasswordHashingGate.defaultConcurrency()).isBetween(1, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    @Test
    void timeInTheQueueAndTimeHashingAreMeasuredApart() throws Exception {
        Counting inner = new Counting(50);
        PasswordHashingGate gate = new PasswordHashingGate(inner, 1);
        try (ExecutorService pool = Executors.newFixedThreadPool(3)) {
            List<Future<Boolean>> checks = new ArrayList<>();
            checks.add(pool.submit(() -> gate.matches("pw", "{x}pw")));
            // the other two arrive while the first holds the only permit: whichever goes last waits at least the whole
            // of the second check, however the threads are scheduled
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (inner.running.get() == 0 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            for (int i = 0; i < 2; i++) {
                checks.add(pool.submit(() -> gate.matches("pw", "{x}pw")));
            }
            for (Future<Boolean> c : checks) {
                assertThat(c.get(5, TimeUnit.SECONDS)).isTrue();
            }
        }
        assertThat(gate.worked().count()).isEqualTo(3);
        assertThat(gate.worked().mean(TimeUnit.MILLISECONDS)).as("each check sleeps 50 ms").isGreaterThanOrEqualTo(49);
        assertThat(gate.waited().count()).isEqualTo(3);
        assertThat(gate.waited().max(TimeUnit.MILLISECONDS)).as("the last in line waited out a whole check").isGreaterThanOrEqualTo(45);
    }

    @Test
    void theWarmUpStopsAfterItsRoundsOrItsTimeWhicheverComesFirst() {
        Counting inner = new Counting();
        PasswordHashingGate gate = new PasswordHashingGate(inner, 2);
        assertThat(gate.warmUp(5, Duration.ofSeconds(10))).isEqualTo(5);
        assertThat(gate.worked().count()).as("one hash and five checks").isEqualTo(6);
        int done = gate.warmUp(1_000, Duration.ofMillis(100));
        assertThat(done).as("20 ms a check, 100 ms allowed").isBetween(1, 6);
        assertThat(gate.available()).isEqualTo(2);
    }
}
