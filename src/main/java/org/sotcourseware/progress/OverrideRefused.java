package org.sotcourseware.progress;

import org.sotcourseware.base.Message;
import org.sotcourseware.base.Translatable;

/** An override that cannot be granted as asked (no such module, no reason, a reason too long); the message says what to change. */
public class OverrideRefused extends IllegalArgumentException implements Translatable {

    private final Message message;

    public OverrideRefused(Message message) {
        super(message.english());
        this.message = message;
    }

    @Override
    public Message message() {
        return message;
    }
}
