package org.sotcourseware.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At start-up, encrypts the TOTP secrets stored before they were encrypted (Base32 as the app has them) with
 * {@link SecretBox}, and warns about secrets that the configured key cannot open. Each row is one update that
 * replaces exactly the plain value it read, so a second node doing the same at once changes nothing twice.
 */
@Component
@Order(0)
class SecondFactorSecrets implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SecondFactorSecrets.class);

    private final JdbcClient jdbc;
    private final SecretBox box;

    SecondFactorSecrets(JdbcClient jdbc, SecretBox box) {
        this.jdbc = jdbc;
        this.box = box;
    }

    @Override
    public void run(ApplicationArguments args) {
        int sealed = sealPlainSecrets();
        if (sealed > 0) {
            log.info("Encrypted {} second-factor secret(s) stored before encryption", sealed);
        }
        long foreign = jdbc.sql("select count(*) from second_factor where secret like ? and secret not like ?")
                .params(SecretBox.PREFIX + "%", SecretBox.PREFIX + box.keyId() + ":%").query(Long.class).single();
        if (foreign > 0) {
            log.error("{} second-factor secret(s) were encrypted with another key than the configured one (id {}): those people cannot "
                    + "use their authenticator app. Configure the key used before (SOT_SECRET_KEY), or reset their second factor.",
                    foreign, box.keyId());
        }
    }

    /** Encrypts every plain secret; returns how many. */
    int sealPlainSecrets() {
        var plain = jdbc.sql("select user_id, secret from second_factor where secret not like ?").param(SecretBox.PREFIX + "%")
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)}).list();
        int n = 0;
        for (Object[] row : plain) {
            long user = (Long) row[0];
            String secret = (String) row[1];
            n += jdbc.sql("update second_factor set secret = ? where user_id = ? and secret = ?")
                    .params(box.seal(secret, SecondFactor.owner(user)), user, secret).update();
        }
        return n;
    }
}
