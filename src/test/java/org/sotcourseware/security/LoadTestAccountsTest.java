package org.sotcourseware.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sotcourseware.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;

// the same context as the load smoke test (org.sotcourseware.load.LoadSmokeTest), so it starts once
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "sot.load-test.students=10")
class LoadTestAccountsTest {

    @Autowired
    UserAccountRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    LoadTestAccounts accounts;

    @Test
    void start_up_creates_the_load_test_students_with_the_published_password() {
        for (int i = 1; i <= 10; i++) {
            UserAccount a = users.findByUsernameIgnoreCase(LoadTestAccounts.username(i)).orElseThrow();
            assertThat(a.getRoles()).containsExactly(Roles.STUDENT);
            assertThat(a.isEnabled()).isTrue();
            assertThat(a.isDemo()).isFalse();
            assertThat(encoder.matches(LoadTestAccounts.PASSWORD, a.getPasswordHash())).isTrue();
        }
        assertThat(LoadTestAccounts.username(1)).isEqualTo("load-0001");
        assertThat(users.findByUsernameIgnoreCase("load-0011")).isEmpty();
    }

    @Test
    void a_thousand_accounts_take_one_hash_and_a_moment_and_a_second_start_adds_none() {
        long start = System.nanoTime();
        int created = accounts.ensure(1000);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(created).isEqualTo(990);
        // well under a second on a quiet machine; generous here because the build machine is shared
        assertThat(ms).as("1,000 accounts in %d ms", ms).isLessThan(5000);
        UserAccount last = users.findByUsernameIgnoreCase("load-1000").orElseThrow();
        assertThat(last.getRoles()).containsExactly(Roles.STUDENT);
        assertThat(last.getPasswordHash()).isEqualTo(users.findByUsernameIgnoreCase("load-0500").orElseThrow().getPasswordHash());
        assertThat(encoder.matches(LoadTestAccounts.PASSWORD, last.getPasswordHash())).isTrue();

        assertThat(accounts.ensure(1000)).isZero();
    }

    @Test
    void the_fixture_is_refused_with_the_prod_profile_and_off_without_the_property() {
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        assertThatThrownBy(() -> new LoadTestAccounts(5, prod, null, null, null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("refused with the prod profile");
        new LoadTestAccounts(0, prod, null, null, null); // off: fine in production
        assertThatThrownBy(() -> new LoadTestAccounts(-1, new MockEnvironment(), null, null, null)).isInstanceOf(IllegalStateException.class);
    }
}
