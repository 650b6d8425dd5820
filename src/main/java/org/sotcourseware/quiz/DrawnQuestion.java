package org.sotcourseware.quiz;

import java.util.List;

import org.sotcourseware.content.Question;

/**
 * A question as drawn for one attempt: the question with its key (a snapshot) and the display order of
 * its options, order items and right-hand match items.
 */
record DrawnQuestion(Question question, List<String> optionOrder, List<String> itemOrder, List<String> rightOrder) {

    DrawnQuestion {
        optionOrder = List.copyOf(optionOrder);
        itemOrder = List.copyOf(itemOrder);
        rightOrder = List.copyOf(rightOrder);
    }
}
