package org.sotcourseware.base;

import org.springframework.security.access.AccessDeniedException;

/**
 * Refused because the module is locked for the signed-in user (a prerequisite not completed): an
 * {@link AccessDeniedException} that carries its words as a {@link Message} ({@link ModuleGate#lockedMessage}), so a
 * screen can say why in the reader's language; {@code getMessage()} stays English.
 */
public class ModuleLocked extends AccessDeniedException implements Translatable {

    private final Message message;

    public ModuleLocked(Message message) {
        super(message.english());
        this.message = message;
    }

    @Override
    public Message message() {
        return message;
    }
}
