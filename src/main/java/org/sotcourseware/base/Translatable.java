package org.sotcourseware.base;

/**
 * An exception or result that carries its words as a {@link Message}: a view shows
 * {@code message()} in the reader's language, while {@code getMessage()} stays English for logs and tests.
 */
public interface Translatable {

    Message message();
}
