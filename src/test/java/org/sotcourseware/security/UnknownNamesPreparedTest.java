package org.sotcourseware.security;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dummy hash for unknown names is made once at start-up, not by the first visitors who sign in. */
class UnknownNamesPreparedTest {

    private final AtomicInteger encodes = new AtomicInteger();
    private final AtomicInteger checks = new AtomicInteger();
    private final AtomicInteger lookups = new AtomicInteger();

    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            encodes.incrementAndGet();
            return "{x}" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return encoded.equals("{x}" + raw);
        }
    };

    private final DaoAuthenticationProvider dao = new DaoAuthenticationProvider(name -> {
        lookups.incrementAndGet();
        throw new UsernameNotFoundException("no such user");
    });

    private ThrottledAuthenticationProvider provider() {
        dao.setPasswordEncoder(counting);
        // no throttle and no accounts: preparing must not count, throttle or audit anything (it would fail on null)
        return new ThrottledAuthenticationProvider(dao, null, null);
    }

    @Test
    void the_dummy_hash_is_made_at_start_up_and_an_unknown_name_later_only_checks_against_it() {
        ThrottledAuthenticationProvider provider = provider();
        provider.prepareForUnknownNames();
        assertThat(encodes).as("the dummy hash").hasValue(1);
        assertThat(checks).as("the unknown name checked against it, as a wrong password would be").hasValue(1);
        assertThat(lookups).hasValue(1);

        assertThatThrownBy(() -> dao.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("nobody", "pw")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(encodes).as("no second dummy hash").hasValue(1);
        assertThat(checks).hasValue(2);
    }

    @Test
    void the_name_used_cannot_belong_to_an_account() {
        assertThat(ThrottledAuthenticationProvider.NO_SUCH_NAME).matches(n -> !n.matches("^[a-zA-Z0-9._-]{3,100}$"), "not a valid username");
    }
}
