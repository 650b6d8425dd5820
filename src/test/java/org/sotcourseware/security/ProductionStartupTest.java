package org.sotcourseware.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sotcourseware.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The prod profile: no demo accounts, the first admin from the environment, or a clear refusal to start. */
class ProductionStartupTest {

    /** Command-line arguments, so they win over application.properties as they would in production. */
    private static String[] args(String db, String... more) {
        var all = new java.util.ArrayList<>(java.util.List.of("--spring.datasource.url=jdbc:h2:mem:" + db + ";DB_CLOSE_DELAY=-1",
                "--server.port=0", "--spring.main.banner-mode=off"));
        for (String m : more) {
            all.add("--" + m);
        }
        if (java.util.Arrays.stream(more).noneMatch(m -> m.startsWith("sot.certificates.public-url="))) {
            all.add("--sot.certificates.public-url=https://courses.example.org"); // required in prod
        }
        return all.toArray(String[]::new);
    }

    private static SpringApplicationBuilder prod() {
        return new SpringApplicationBuilder(Application.class).profiles("prod");
    }

    @Test
    void without_an_administrator_start_up_stops_with_a_clear_message() {
        assertThatThrownBy(() -> prod().run(args("prod-" + UUID.randomUUID())).close())
                .isInstanceOf(AccountBootstrap.MissingAdministratorException.class)
                .hasMessageContaining("SOT_ADMIN_USERNAME").hasMessageContaining("SOT_ADMIN_PASSWORD");
    }

    @Test
    void without_a_secret_key_start_up_stops_with_a_clear_message() {
        assertThatThrownBy(() -> prod().run(args("prod-" + UUID.randomUUID(), "sot.security.secret-key=", "sot.admin.username=alice",
                "sot.admin.password=a-long-secret-1")).close())
                .hasRootCauseInstanceOf(SecretBox.SecretKeyException.class)
                .rootCause().hasMessageContaining("SOT_SECRET_KEY").hasMessageContaining("openssl rand -base64 32");
    }

    @Test
    void without_a_public_address_start_up_stops_with_a_clear_message() {
        assertThatThrownBy(() -> prod().run(args("prod-" + UUID.randomUUID(), "sot.certificates.public-url=", "sot.admin.username=alice",
                "sot.admin.password=a-long-secret-1")).close())
                .hasRootCauseInstanceOf(org.sotcourseware.certification.CertificationProperties.PublicUrlException.class)
                .rootCause().hasMessageContaining("SOT_PUBLIC_URL").hasMessageContaining("not set");
        assertThatThrownBy(() -> prod().run(args("prod-" + UUID.randomUUID(), "sot.certificates.public-url=courses.example.org",
                "sot.admin.username=alice", "sot.admin.password=a-long-secret-1")).close())
                .rootCause().hasMessageContaining("SOT_PUBLIC_URL=\"courses.example.org\"").hasMessageContaining("https://");
    }

    @Test
    void the_first_admin_comes_from_the_environment_and_demo_accounts_are_disabled() {
        String db = "prod-" + UUID.randomUUID();
        // a database that was used in demo mode first
        try (ConfigurableApplicationContext demo = new SpringApplicationBuilder(Application.class).run(args(db))) {
            assertThat(demo.getBean(UserAccountRepository.class).demoAccounts()).extracting(UserAccount::getUsername)
                    .contains("student", "instructor", "organiser", "admin", "demo-amara");
        }
        try (ConfigurableApplicationContext ctx = prod().run(args(db, "sot.admin.username=alice", "sot.admin.password=a-long-secret-1"))) {
            UserAccountRepository users = ctx.getBean(UserAccountRepository.class);
            UserAccount alice = users.findByUsernameIgnoreCase("alice").orElseThrow();
            assertThat(alice.getRoles()).containsExactly(Roles.ADMIN);
            assertThat(alice.isDemo()).isFalse();
            assertThat(users.demoAccounts()).isNotEmpty().allSatisfy(a -> assertThat(a.isEnabled()).isFalse());
        }
    }

    @Test
    void a_demo_account_whose_password_was_changed_gets_the_published_one_back_after_a_restart() {
        String db = "demo-" + UUID.randomUUID();
        try (ConfigurableApplicationContext first = new SpringApplicationBuilder(Application.class).run(args(db))) {
            first.getBean(JdbcClient.class).sql("update app_user set password_hash = ?, enabled = false where username = 'student'")
                    .param(first.getBean(PasswordEncoder.class).encode("someone-else-s-password")).update();
        }
        try (ConfigurableApplicationContext again = new SpringApplicationBuilder(Application.class).run(args(db))) {
            again.getBean(AccountBootstrap.class).demoPasswordsChecked().join();
            UserAccount student = again.getBean(UserAccountRepository.class).findByUsernameIgnoreCase("student").orElseThrow();
            assertThat(student.isEnabled()).isTrue();
            assertThat(again.getBean(PasswordEncoder.class).matches("demo-student", student.getPasswordHash())).isTrue();
        }
    }
}
