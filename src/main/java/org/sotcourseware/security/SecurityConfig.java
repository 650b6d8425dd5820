package org.sotcourseware.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.sotcourseware.security.ui.LoginView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Security for the whole app: Vaadin's configurer with our login view (views declare their own
 * access; deny is the default), public static styles, everything else signed in. Method security guards
 * the services (see {@code @PreAuthorize} on them).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/styles/**", "/icons/**", "/favicon.ico").permitAll()
                // module images for lessons: any signed-in user (Vaadin's configurer denies unknown paths)
                .requestMatchers("/content-assets/**").authenticated());
        http.headers(h -> h.contentTypeOptions(c -> { })
                .referrerPolicy(r -> r.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.with(VaadinSecurityConfigurer.vaadin(), c -> c.loginView(LoginView.class)).build();
    }

    /**
     * bcrypt by default, and every other encoding Spring knows for hashes written by other tools; at most
     * {@code sot.security.password-hashing-threads} hashes at once (default: one per processor), see
     * {@link PasswordHashingGate}.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${sot.security.password-hashing-threads:0}") int threads) {
        return new PasswordHashingGate(PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                threads > 0 ? threads : PasswordHashingGate.defaultConcurrency());
    }

    @Bean
    UserDetailsService userDetailsService(UserAccountRepository users) {
        return username -> users.findByUsernameIgnoreCase(username.strip())
                .map(AppUserPrincipal::of)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
