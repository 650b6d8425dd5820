package org.sotcourseware.lesson.ui;

import java.util.List;

import org.sotcourseware.base.Numbers;

/** Small wording helpers shared by the reading views. */
final class ModuleWording {

    private ModuleWording() {
    }

    static String lessons(int n) {
        return n == 1 ? "1 lesson" : n + " lessons";
    }

    static String hours(double h) {
        if (h <= 0) {
            return "duration not set";
        }
        String s = Numbers.upTo(h, 1);
        return s + (h == 1 ? " hour" : " hours");
    }

    static String minutes(int m) {
        return m <= 0 ? "" : m + " min";
    }

    /** "Category One, Category Two and Category Three". */
    static String titles(List<String> titles) {
        if (titles.size() <= 1) {
            return String.join("", titles);
        }
        return String.join(", ", titles.subList(0, titles.size() - 1)) + " and " + titles.getLast();
    }
}
