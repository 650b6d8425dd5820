package org.sotcourseware.load;

/** Something a real browser user would see go wrong (an HTTP error, a Vaadin error answer, a page that never came), in one step. */
final class LoadFailure extends RuntimeException {

    final String step;

    LoadFailure(String step, String message) {
        super(message);
        this.step = step;
    }

    LoadFailure(String step, String message, Throwable cause) {
        super(message, cause);
        this.step = step;
    }
}
