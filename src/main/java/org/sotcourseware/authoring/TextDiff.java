package org.sotcourseware.authoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
            for (String line : d.getSource().getLines()) {
                all.add(new AuthoringReadModel.DiffLine(AuthoringReadModel.DiffLine.Type.REMOVED, ++i, 0, line));
            }
            for (String line : d.getTarget().getLines()) {
                all.add(new AuthoringReadModel.DiffLine(AuthoringReadModel.DiffLine.Type.ADDED, 0, ++j, line));
            }
        }
        while (i < a.size()) {
            all.add(new AuthoringReadModel.DiffLine(AuthoringReadModel.DiffLine.Type.SAME, i + 1, j + 1, a.get(i)));
            i++;
            j++;
        }
        return context < 0 ? all : fold(all, context);
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
