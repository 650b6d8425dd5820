package org.sotcourseware.progress;

import org.sotcourseware.base.Message;
import org.sotcourseware.base.Refusal;

/** An override that cannot be granted as asked (no such module, no reason, a reason too long); the message says what to change. */
public class OverrideRefused extends Refusal {

    public OverrideRefused(Message message) {
        super(message);
    }
}
