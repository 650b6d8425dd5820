package org.sotcourseware.base;

/**
 * A request a service refuses, with what to do about it as a {@link Message}: a screen shows {@link #message()} in the
 * reader's language ({@code Toasts.error(refusal)}), while {@link #getMessage()} stays English for logs and tests.
 * Each feature's refusal ({@code QuizException}, {@code CaseException}, ...) extends it.
 */
public class Refusal extends RuntimeException implements Translatable {

    private final transient Message message;

    public Refusal(Message message) {
        super(message.english());
        this.message = message;
    }

    public Refusal(Message message, Throwable cause) {
        super(message.english(), cause);
        this.message = message;
    }

    @Override
    public Message message() {
        return message;
    }
}
