package org.sotcourseware.security;

import java.util.Objects;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username and password sign-in behind {@link SignInThrottle}: a locked name or address is refused before the
 * password is checked; every failure is counted and every outcome audited. The password check itself is Spring's
 * {@link DaoAuthenticationProvider} (which hashes a dummy password for unknown names, so timing reveals nothing),
 * with the "disabled" check moved after the password so a disabled account answers like a wrong password.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final SignInThrottle throttle;
    private final UserAccountRepository users;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider delegate, SignInThrottle throttle, UserAccountRepository users) {
        this.delegate = delegate;
        this.throttle = throttle;
        this.users = users;
        delegate.setPreAuthenticationChecks(user -> { });
        delegate.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("account disabled");
            }
        });
    }

    /** A name no account can have (names have no spaces, see {@code UserAdminService}): only for {@link #prepareForUnknownNames}. */
    static final String NO_SUCH_NAME = "no such account, start-up check";

    /**
     * Spring's provider hashes its dummy password the first time an unknown name needs it and keeps it, but every
     * sign-in that arrives before that first hash is stored hashes one more (the check is not synchronised): in a
     * sign-in storm 15 extra hashes queued in front of the first half second's sign-ins (docs/performance.md). Asked
     * once at start-up for a name no account can have, the dummy hash is ready before anyone signs in. Nothing is
     * counted, throttled or audited.
     */
    void prepareForUnknownNames() {
        try {
            delegate.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(NO_SUCH_NAME, "-"));
        } catch (AuthenticationException expected) {
            // the answer for an unknown name; the dummy hash is kept from now on
        }
    }

    static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null
                ? d.getRemoteAddress() : "unknown";
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName() == null ? "" : authentication.getName();
        String address = address(authentication);
        var locked = throttle.lockedUntil(username, address);
        if (locked.isPresent()) {
            throttle.refusedWhileLocked(username, address, locked.get());
            throw new SignInLockedException(locked.get());
        }
        Authentication result;
        try {
            result = delegate.authenticate(authentication);
        } catch (AuthenticationException e) {
            Optional<UserId> account = users.findByUsernameIgnoreCase(username.strip()).map(a -> new UserId(Objects.requireNonNull(a.getId())));
            String reason = account.isEmpty() ? "no such account" : e instanceof DisabledException ? "account disabled" : "wrong password";
            var until = throttle.failed(username, address, account.orElse(null), reason);
            if (until.isPresent()) {
                throw new SignInLockedException(until.get());
            }
            throw e;
        }
        if (result.getPrincipal() instanceof AppUserPrincipal p) {
            throttle.succeeded(username, address, p.id());
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
