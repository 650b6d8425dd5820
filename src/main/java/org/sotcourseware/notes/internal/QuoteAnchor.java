package org.sotcourseware.notes.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Anchoring a highlight by what it quotes (the W3C Web Annotation TextQuoteSelector: the exact text with a little
 * context before and after, and where it was as a hint), so it is found again after the lesson is edited
 * (decision 021). Pure functions over strings.
 *
 * <p>Everything here works on the <em>canonical</em> text of a lesson: its characters with white space removed.
 * The browser and the server see the same lesson HTML with different white space between the tags (the server's
 * HTML is pretty-printed on its way to the page), so positions count only the characters that are not white
 * space. White space is what JavaScript's {@code \s} matches, so the page's script counts exactly as we do.
 */
public final class QuoteAnchor {

    /** Characters of context kept on each side of the quote. */
    public static final int CONTEXT = 32;
    /** Fuzzy search (quote edited) is tried for quotes up to this length; longer ones are found exactly or not at all. */
    static final int FUZZY_MAX = 1000;

    /**
     * What a highlight quotes, in canonical text.
     *
     * @param start where the quote began when it was made: a hint when the text occurs more than once
     */
    public record Selector(String exact, String prefix, String suffix, int start) {
    }

    /** Where a highlight is in the current text, or that it is nowhere. */
    public sealed interface Placement permits Placed, NotPlaced {
    }

    /**
     * Found at {@code [start, end)} of the canonical text. {@code edits}: how many characters differ from the quote
     * (0: the very text).
     */
    public record Placed(int start, int end, int edits) implements Placement {
    }

    /** The quoted text is no longer in the lesson (or changed too much to be sure). */
    public record NotPlaced() implements Placement {
    }

    private QuoteAnchor() {
    }

    /** JavaScript's {@code \s}: the page's script and this class must agree on what white space is. */
    public static boolean isSpace(char c) {
        return switch (c) {
            case '\t', '\n', '\u000B', '\f', '\r', ' ', '\u00A0', '\u1680', '\u2028', '\u2029', '\u202F', '\u205F', '\u3000', '\uFEFF' -> true;
            default -> c >= '\u2000' && c <= '\u200A';
        };
    }

    /** The text without white space. */
    public static String canonical(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The selector for {@code [start, end)} of a canonical text. */
    public static Selector select(String canonicalText, int start, int end) {
        if (start < 0 || end > canonicalText.length() || start >= end) {
            throw new IllegalArgumentException("selection [" + start + ", " + end + ") is outside a text of " + canonicalText.length());
        }
        return new Selector(canonicalText.substring(start, end), canonicalText.substring(Math.max(0, start - CONTEXT), start),
                canonicalText.substring(end, Math.min(canonicalText.length(), end + CONTEXT)), start);
    }

    /**
     * Finds the quote in the current canonical text. Exact occurrences first (with several, the one whose context
     * agrees most, then the one nearest the old position); otherwise the closest approximate occurrence with at most
     * one edit in five characters (a corrected word, a changed number); otherwise {@link NotPlaced}.
     */
    public static Placement place(String canonicalText, Selector s) {
        String exact = s.exact();
        if (exact.isEmpty()) {
            return new NotPlaced();
        }
        Placed best = null;
        long bestScore = Long.MIN_VALUE;
        for (int at = canonicalText.indexOf(exact); at >= 0; at = canonicalText.indexOf(exact, at + 1)) {
            long score = score(canonicalText, s, at, at + exact.length(), 0);
            if (score > bestScore) {
                bestScore = score;
                best = new Placed(at, at + exact.length(), 0);
            }
        }
        if (best != null) {
            return best;
        }
        if (exact.length() > FUZZY_MAX || exact.length() < 8) {
            return new NotPlaced();
        }
        int allowed = exact.length() / 5;
        for (Placed candidate : approximate(canonicalText, exact, allowed)) {
            long score = score(canonicalText, s, candidate.start(), candidate.end(), candidate.edits());
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best == null ? new NotPlaced() : best;
    }

    /** Fewer edits first, then more context that agrees, then nearer the old position. */
    private static long score(String text, Selector s, int start, int end, int edits) {
        int context = commonSuffix(text.substring(Math.max(0, start - s.prefix().length()), start), s.prefix())
                + commonPrefix(text.substring(end, Math.min(text.length(), end + s.suffix().length())), s.suffix());
        long distance = Math.abs((long) start - s.start());
        return -edits * 1_000_000_000L + context * 10_000_000L - Math.min(distance, 9_999_999L);
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    private static int commonSuffix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }

    /**
     * Every place where the pattern occurs with at most {@code k} edits (Sellers' dynamic programme: a column of
     * edit distances per text character, each cell remembering where its match began); of overlapping matches the
     * one with fewest edits is kept.
     */
    static List<Placed> approximate(String text, String pattern, int k) {
        int m = pattern.length();
        int[] cost = new int[m + 1];
        int[] from = new int[m + 1];
        int[] nextCost = new int[m + 1];
        int[] nextFrom = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            cost[i] = i;
            from[i] = 0;
        }
        List<Placed> found = new ArrayList<>();
        for (int j = 1; j <= text.length(); j++) {
            char t = text.charAt(j - 1);
            nextCost[0] = 0;
            nextFrom[0] = j;
            for (int i = 1; i <= m; i++) {
                int sub = cost[i - 1] + (pattern.charAt(i - 1) == t ? 0 : 1);
                int subFrom = from[i - 1];
                int ins = cost[i] + 1;      // a character in the text that the pattern lacks
                int del = nextCost[i - 1] + 1; // a character of the pattern that the text lacks
                int c = sub;
                int f = subFrom;
                if (ins < c) {
                    c = ins;
                    f = from[i];
                }
                if (del < c) {
                    c = del;
                    f = nextFrom[i - 1];
                }
                nextCost[i] = c;
                nextFrom[i] = f;
            }
            if (nextCost[m] <= k) {
                Placed p = new Placed(nextFrom[m], j, nextCost[m]);
                Placed last = found.isEmpty() ? null : found.getLast();
                if (last != null && p.start() < last.end()) {
                    if (p.edits() < last.edits()) {
                        found.set(found.size() - 1, p);
                    }
                } else {
                    found.add(p);
                }
            }
            int[] swap = cost;
            cost = nextCost;
            nextCost = swap;
            swap = from;
            from = nextFrom;
            nextFrom = swap;
        }
        return found;
    }
}
