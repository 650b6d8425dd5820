package org.sotcourseware.authoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/** Line diffs between two texts (Myers, via java-diff-utils), with unchanged stretches folded to context. */
final class TextDiff {

    static final int CONTEXT = 3;

    private TextDiff() {
    }

    /** Every line of both texts, each marked same, added or removed; unchanged runs beyond {@code context} become one gap line. */
    static List<AuthoringReadModel.DiffLine> lines(String oldText, String newText, int context) {
        List<String> a = split(oldText);
        List<String> b = split(newText);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<AuthoringReadModel.DiffLine> all = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (AbstractDelta<String> d : patch.getDeltas()) {
            int srcPos = d.getSource().getPosition();
            while (i < srcPos) {
                all.add(new AuthoringReadModel.DiffLine(AuthoringReadModel.DiffLine.Type.SAME, i + 1, j + 1, a.get(i)));
                i++;
                j++;
            }
            List<String> removed = d.getSource().getLines();
            List<String> added = d.getTarget().getLines();
            // an edited line (the k-th removed against the k-th added of one change) is also compared word by word
            int paired = Math.min(removed.size(), added.size());
            List<List<AuthoringReadModel.Words>> oldWords = new ArrayList<>();
            List<List<AuthoringReadModel.Words>> newWords = new ArrayList<>();
            for (int k = 0; k < paired; k++) {
                List<List<AuthoringReadModel.Words>> both = words(removed.get(k), added.get(k));
                oldWords.add(both.get(0));
                newWords.add(both.get(1));
            }
            for (int k = 0; k < removed.size(); k++) {
                all.add(new AuthoringReadModel.DiffLine(AuthoringReadModel.DiffLine.Type.REMOVED, ++i, 0, removed.get(k),
                        k < paired ? oldWords.get(k) : List.of()));
            }
            for (int k = 0; k < added.size(); k++) {
                all.add(new AuthoringReadModel.DiffLine(AuthoringReadModel.DiffLine.Type.ADDED, 0, ++j, added.get(k),
                        k < paired ? newWords.get(k) : List.of()));
            }
        }
        while (i < a.size()) {
            all.add(new AuthoringReadModel.DiffLine(AuthoringReadModel.DiffLine.Type.SAME, i + 1, j + 1, a.get(i)));
            i++;
            j++;
        }
        return context < 0 ? all : fold(all, context);
    }

    /** Words, runs of spaces and single punctuation marks: the units an edit is highlighted in. */
    private static final Pattern TOKEN = Pattern.compile("\\w+|\\s+|[^\\w\\s]", Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * The old and new line cut into stretches, those not in the other line marked changed (Myers over words, via
     * java-diff-utils). Neighbouring stretches of the same kind are joined.
     */
    static List<List<AuthoringReadModel.Words>> words(String oldLine, String newLine) {
        List<String> a = tokens(oldLine);
        List<String> b = tokens(newLine);
        boolean[] changedA = new boolean[a.size()];
        boolean[] changedB = new boolean[b.size()];
        for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
            for (int k = 0; k < d.getSource().size(); k++) {
                changedA[d.getSource().getPosition() + k] = true;
            }
            for (int k = 0; k < d.getTarget().size(); k++) {
                changedB[d.getTarget().getPosition() + k] = true;
            }
        }
        return List.of(join(a, changedA), join(b, changedB));
    }

    private static List<String> tokens(String line) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(line);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static List<AuthoringReadModel.Words> join(List<String> tokens, boolean[] changed) {
        List<AuthoringReadModel.Words> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean kind = false;
        for (int k = 0; k < tokens.size(); k++) {
            // a space between two changed words belongs to the change, so "a b" reads as one highlighted stretch
            // and a space at the edge of a change belongs to the unchanged text beside it
            boolean c = tokens.get(k).isBlank() ? k > 0 && k + 1 < tokens.size() && changed[k - 1] && changed[k + 1] : changed[k];
            if (run.length() > 0 && c != kind) {
                out.add(new AuthoringReadModel.Words(run.toString(), kind));
                run.setLength(0);
            }
            kind = c;
            run.append(tokens.get(k));
        }
        if (run.length() > 0) {
            out.add(new AuthoringReadModel.Words(run.toString(), kind));
        }
        return out;
    }

    /** How many lines were added and removed. */
    static int[] counts(List<AuthoringReadModel.DiffLine> lines) {
        int added = 0;
        int removed = 0;
        for (AuthoringReadModel.DiffLine l : lines) {
            if (l.type() == AuthoringReadModel.DiffLine.Type.ADDED) {
                added++;
            } else if (l.type() == AuthoringReadModel.DiffLine.Type.REMOVED) {
                removed++;
            }
        }
        return new int[] {added, removed};
    }

    private static List<AuthoringReadModel.DiffLine> fold(List<AuthoringReadModel.DiffLine> all, int context) {
        boolean[] keep = new boolean[all.size()];
        for (int k = 0; k < all.size(); k++) {
            if (all.get(k).type() != AuthoringReadModel.DiffLine.Type.SAME) {
                for (int x = Math.max(0, k - context); x <= Math.min(all.size() - 1, k + context); x++) {
                    keep[x] = true;
                }
            }
        }
        List<AuthoringReadModel.DiffLine> out = new ArrayList<>();
        int hidden = 0;
        for (int k = 0; k < all.size(); k++) {
            if (keep[k]) {
                if (hidden > 0) {
                    out.add(new AuthoringReadModel.DiffLine(AuthoringReadModel.DiffLine.Type.GAP, 0, 0, hidden + " unchanged lines"));
                    hidden = 0;
                }
                out.add(all.get(k));
            } else {
                hidden++;
            }
        }
        if (hidden > 0 && !out.isEmpty()) {
            out.add(new AuthoringReadModel.DiffLine(AuthoringReadModel.DiffLine.Type.GAP, 0, 0, hidden + " unchanged lines"));
        }
        return out;
    }

    private static List<String> split(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        String t = text.replace("\r\n", "\n");
        if (t.endsWith("\n")) {
            t = t.substring(0, t.length() - 1);
        }
        return Arrays.asList(t.split("\n", -1));
    }
}
