package org.sotcourseware.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.sotcourseware.base.Message;

/** Action keys read as words in the reader's language; a key without a name is still readable. */
class AuditActionsTest {

    @Test
    void known_actions_are_messages_with_their_own_key() {
        Message m = AuditActions.message("sign-in.failed");
        assertThat(m.key()).isEqualTo("audit.action.sign-in-failed");
        assertThat(m.args()).isEmpty();
        assertThat(m.english()).isEqualTo("Sign-in failed");
        assertThat(AuditActions.label("certificate-revoked", Locale.GERMAN)).isEqualTo("Zertifikat widerrufen");
        assertThat(AuditActions.label("roles changed", Locale.GERMAN)).isEqualTo("Rollen geändert");
    }

    @Test
    void an_unknown_action_reads_as_its_words() {
        Message m = AuditActions.message("some-new.thing");
        assertThat(m.key()).isEqualTo("audit.action.other");
        assertThat(m.args()).containsExactly("Some new thing");
        assertThat(m.in(Locale.GERMAN)).isEqualTo("Some new thing");
    }
}
