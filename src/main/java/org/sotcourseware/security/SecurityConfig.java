package org.sotcourseware.security;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Spring Security for the whole app: Vaadin's configurer with our login view (views declare their own
 * access; deny is the default), public static styles, everything else signed in. Method security guards
 * the services (see {@code @PreAuthorize} on them). Sign-in goes through {@link ThrottledAuthenticationProvider};
 * the response headers come from {@link SecurityHeaders} (every response, not only Spring Security's).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil requestUtil, LoginPage loginPage) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/styles/**", "/icons/**", "/favicon.ico").permitAll()
                // module images for lessons: any signed-in user (Vaadin's configurer denies unknown paths)
                .requestMatchers("/content-assets/**").authenticated());
        // What is left after Vaadin's own rules: a Vaadin view that needs sign-in asks a signed-out visitor to sign in, as
        // before; any other address (no view has it) reaches the Vaadin servlet, which shows the app's not-found page
        // (base.ui.NotFoundView) instead of Spring's bare "HTTP ERROR 403". Vaadin's navigation access control
        // still guards every view: a view the user may not open shows the same not-found page as no view at all. The
        // only non-Vaadin endpoints guard themselves above (content assets) or in their own chain (actuator).
        AuthorizationManager<RequestAuthorizationContext> signedIn = AuthenticatedAuthorizationManager.authenticated();
        AuthorizationManager<RequestAuthorizationContext> rest = (auth, ctx) -> requestUtil.isSecuredFlowRoute(ctx.getRequest())
                ? signedIn.authorize(auth, ctx) : new AuthorizationDecision(true);
        // SecurityHeaders writes the security headers on every response before anything else; Spring's own
        // header writers (cache control on pages) leave a header alone when it is already there
        return http.with(VaadinSecurityConfigurer.vaadin(), c -> c.loginView(loginPage.view()).anyRequest(url -> url.access(rest))).build();
    }

    /**
     * New passwords are hashed with Argon2id at OWASP's minimum settings (19 MiB, 2 passes, 1 lane; decision 014):
     * unlike bcrypt it takes passwords longer than 72 bytes. Hashes written before ({@code {bcrypt}…}) and every
     * other encoding Spring knows still verify, and are re-hashed with Argon2id at the next sign-in. At most
     * {@code sot.security.password-hashing-threads} hashes run at once (default: one per processor), see
     * {@link PasswordHashingGate}.
     */
    @Bean
    PasswordHashingGate passwordEncoder(@Value("${sot.security.password-hashing-threads:0}") int threads, ObjectProvider<MeterRegistry> registry) {
        return hashing(threads, registry.getIfAvailable(SimpleMeterRegistry::new));
    }

    /** The encoder of {@link #passwordEncoder}, for tests: {@code threads} 0 means one per processor. */
    static PasswordHashingGate hashing(int threads, MeterRegistry registry) {
        Map<String, PasswordEncoder> encoders = new HashMap<>();
        encoders.put("argon2", new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2));
        encoders.put("bcrypt", new BCryptPasswordEncoder());
        DelegatingPasswordEncoder delegating = new DelegatingPasswordEncoder("argon2", encoders);
        delegating.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return new PasswordHashingGate(delegating, threads > 0 ? threads : PasswordHashingGate.defaultConcurrency(), registry);
    }

    /**
     * Once the app is ready, in the background: prepares the dummy hash for unknown names (see
     * {@link ThrottledAuthenticationProvider#prepareForUnknownNames}), then checks a throwaway password
     * {@code sot.security.password-hashing-warm-up} times (default 10, at most 5 s, 0 for none), so that the first
     * sign-ins of a seminar room neither hash twice nor run the hashing code before the just-in-time compiler has
     * finished with it (docs/performance.md, sign-in storm).
     */
    @EventListener(ApplicationReadyEvent.class)
    void warmUpPasswordHashing(ApplicationReadyEvent ready) {
        int rounds = ready.getApplicationContext().getEnvironment().getProperty("sot.security.password-hashing-warm-up", Integer.class, 10);
        PasswordHashingGate gate = ready.getApplicationContext().getBean(PasswordHashingGate.class);
        ThrottledAuthenticationProvider signIn = ready.getApplicationContext().getBean(ThrottledAuthenticationProvider.class);
        Thread.ofVirtual().name("password-hashing-warm-up").start(() -> {
            long start = System.nanoTime();
            signIn.prepareForUnknownNames();
            int done = rounds > 0 ? gate.warmUp(rounds, Duration.ofSeconds(5)) : 0;
            log.info("Password hashing warmed up: {} checks in {} ms", done, (System.nanoTime() - start) / 1_000_000);
        });
    }

    @Bean
    UserDetailsService userDetailsService(UserAccountRepository users) {
        return username -> users.findByUsernameIgnoreCase(username.strip())
                .map(AppUserPrincipal::of)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    /** Stores the re-hashed password of a user whose hash used an older encoding. */
    @Bean
    UserDetailsPasswordService passwordUpgrade(JdbcClient jdbc) {
        return (user, newHash) -> {
            jdbc.sql("update app_user set password_hash = ? where username = ?").params(newHash, user.getUsername()).update();
            return user instanceof AppUserPrincipal p ? p.withPasswordHash(newHash) : user;
        };
    }

    @Bean
    ThrottledAuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder encoder,
                                                           UserDetailsPasswordService upgrade, SignInThrottle throttle,
                                                           UserAccountRepository accounts) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(encoder);
        dao.setUserDetailsPasswordService(upgrade);
        return new ThrottledAuthenticationProvider(dao, throttle, accounts);
    }
}
