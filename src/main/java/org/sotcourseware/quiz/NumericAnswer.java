package org.sotcourseware.quiz;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sotcourseware.base.Message;
import org.sotcourseware.content.NumericValue;

/**
 * What a student is told beside a numeric answer that cannot be read as a number, as words to translate. Which
 * answers are readable is {@link NumericValue}'s rule ("75,5" and "75 %" are); this only says why one is not.
 */
public final class NumericAnswer {

    /** A comma before exactly three digits: 1,500 is 1500 to some readers and 1.5 to others. */
    private static final Pattern AMBIGUOUS_COMMA = Pattern.compile("[-+−]?\\d{1,3},\\d{3}");

    private NumericAnswer() {
    }

    /**
     * Empty when {@code text} reads as a number (or nothing is typed); otherwise "Enter a number, e.g. 75", or for an
     * ambiguous comma the two readings: the digits without the comma (text) and the decimal value (a number, written
     * as the reader's locale writes decimals).
     */
    public static Optional<Message> problem(String text) {
        if (NumericValue.problem(text).isEmpty()) {
            return Optional.empty();
        }
        Matcher m = AMBIGUOUS_COMMA.matcher(text.strip());
        if (m.lookingAt()) {
            String typed = m.group();
            return Optional.of(Message.of("quiz.answer.ambiguous-comma", typed, typed.replace(",", ""),
                    Double.parseDouble(typed.replace(',', '.').replace('−', '-'))));
        }
        return Optional.of(Message.of("quiz.answer.not-a-number"));
    }
}
