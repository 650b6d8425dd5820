package org.sotcourseware.base;

import java.util.Optional;

/**
 * Whether the signed-in user may work in a module. Implemented by the progress feature (prerequisites and
 * overrides); quizzes and cases ask it before starting, without depending on progress.
 */
public interface ModuleGate {

    /** Empty when the user may work in the module; otherwise why not, as words to show in the reader's language. */
    Optional<Message> lockedMessage(String moduleId);

    /** Empty when the user may work in the module; otherwise why not, in plain English words (logs, exception messages). */
    default Optional<String> lockedReason(String moduleId) {
        return lockedMessage(moduleId).map(Message::english);
    }
}
