package org.sotcourseware.content.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sotcourseware.base.Message;
import org.sotcourseware.content.ContentProblem;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.content.Curriculum;
import org.sotcourseware.content.Lesson;

/**
 * Passages repeated across the curriculum's lessons (docs/authoring.md, "Repetition"). The prose of each
 * lesson (paragraphs, list items, block quotes and tables; not headings, the References section or footnote
 * definitions) is cut into words, lower-case. Two measures:
 * <ul>
 *   <li><b>8-word shingles.</b> A word of a lesson counts as <i>duplicated</i> when it lies in a run of 8
 *       consecutive words (within one block) that also occurs in another lesson. The share of duplicated
 *       words is reported per module and overall; each repeated passage is a warning naming both places.</li>
 *   <li><b>Near-duplicate paragraphs.</b> Blocks of 40 words or more are compared as sets of word pairs
 *       (2-word shingles, so shared vocabulary alone does not make two paragraphs alike); a Jaccard similarity
 *       of 0.5 or more between blocks of two lessons is a warning naming both places, even when the wording
 *       was changed enough to break every 8-word run.</li>
 * </ul>
 * Warnings are reported at the later place in curriculum order and name the earlier one.
 */
public final class Duplication {

    /** Words in a shingle for the duplicated share. */
    public static final int SHINGLE = 8;
    /** Words a block needs before it is compared as a paragraph. */
    public static final int PARAGRAPH_WORDS = 40;
    /** Jaccard similarity (of word pairs) from which two paragraphs are near-duplicates. */
    public static final double JACCARD = 0.5;
    /** The most duplicated share of lesson words the curriculum may have (enforced by a test over content/). */
    public static final double BUDGET = 0.03;

    private static final int PAIR = 2;
    /** Word pairs shared by more blocks than this are common phrasing ("of the"): not used to find candidate paragraphs. */
    private static final int COMMON_PAIR = 40;

    private Duplication() {
    }

    /** Words and duplicated words of a module (or of the whole curriculum). */
    public record Share(int words, int duplicatedWords) {

        /** Duplicated words as a share of all words, 0 to 1. */
        public double share() {
            return words == 0 ? 0 : (double) duplicatedWords / words;
        }
    }

    /** The warnings and the measure. */
    public record Report(List<ContentProblem> warnings, Map<String, Share> modules, Share overall) {
    }

    /** A block of one lesson, cut into words. */
    private record Block(int lesson, String file, int line, List<String> words) {
    }

    private record LessonRef(String module, String file) {
    }

    /** Measures the lessons of a loaded curriculum. */
    public static Report measure(Curriculum curriculum, MarkdownRenderer renderer) {
        List<LessonRef> lessons = new ArrayList<>();
        List<List<Block>> blocks = new ArrayList<>();
        for (CourseModule m : curriculum.modules()) {
            for (Lesson l : m.lessons()) {
                int index = lessons.size();
                lessons.add(new LessonRef(m.id(), l.sourceFile()));
                List<Block> bs = new ArrayList<>();
                for (MarkdownRenderer.ProseBlock p : renderer.prose(l.markdown())) {
                    List<String> words = words(p.text());
                    if (!words.isEmpty()) {
                        bs.add(new Block(index, l.sourceFile(), l.bodyStartLine() + p.line(), words));
                    }
                }
                blocks.add(bs);
            }
        }
        return measure(lessons, blocks);
    }

    /** Lower-case words (letters and digits, apostrophes inside a word kept), after Unicode normalisation. */
    static List<String> words(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('’', '\'');
        List<String> out = new ArrayList<>();
        for (String w : t.split("[^\\p{L}\\p{N}']+")) {
            String word = w.replaceAll("^'+|'+$", "");
            if (!word.isEmpty()) {
                out.add(word);
            }
        }
        return out;
    }

    private static Report measure(List<LessonRef> lessons, List<List<Block>> blocks) {
        List<ContentProblem> warnings = new ArrayList<>();
        // --- near-duplicate paragraphs ---
        List<Block> paragraphs = new ArrayList<>();
        List<Set<Long>> triples = new ArrayList<>();
        for (List<Block> bs : blocks) {
            for (Block b : bs) {
                if (b.words().size() >= PARAGRAPH_WORDS) {
                    paragraphs.add(b);
                    triples.add(new HashSet<>(shingles(b.words(), PAIR)));
                }
            }
        }
        Map<Long, List<Integer>> byTriple = new HashMap<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            for (long t : triples.get(i)) {
                byTriple.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
            }
        }
        Set<Long> candidates = new HashSet<>();
        for (List<Integer> list : byTriple.values()) {
            if (list.size() < 2 || list.size() > COMMON_PAIR) {
                continue;
            }
            for (int x = 0; x < list.size(); x++) {
                for (int y = x + 1; y < list.size(); y++) {
                    int a = list.get(x);
                    int b = list.get(y);
                    if (paragraphs.get(a).lesson() != paragraphs.get(b).lesson()) {
                        candidates.add((long) a << 32 | b);
                    }
                }
            }
        }
        Set<String> reportedPairs = new HashSet<>();
        List<long[]> similar = new ArrayList<>();
        for (long pair : candidates) {
            int a = (int) (pair >>> 32);
            int b = (int) pair;
            Set<Long> sa = triples.get(a);
            Set<Long> sb = triples.get(b);
            int shared = 0;
            for (long t : sa.size() < sb.size() ? sa : sb) {
                if ((sa.size() < sb.size() ? sb : sa).contains(t)) {
                    shared++;
                }
            }
            double j = (double) shared / (sa.size() + sb.size() - shared);
            if (j >= JACCARD) {
                similar.add(new long[] {a, b, Math.round(j * 100)});
            }
        }
        similar.sort((x, y) -> x[1] != y[1] ? Long.compare(x[1], y[1]) : Long.compare(x[0], y[0]));
        for (long[] s : similar) {
            Block earlier = paragraphs.get((int) s[0]);
            Block later = paragraphs.get((int) s[1]);
            reportedPairs.add(later.file() + ":" + later.line() + "|" + earlier.lesson());
            warnings.add(new ContentProblem(later.file(), later.line(), Message.of("content.duplication.paragraph-words-same-near", later.words().size(), s[2], earlier.file(), earlier.line())));
        }

        // --- 8-word shingles: duplicated words and repeated passages ---
        Map<Long, List<int[]>> where = new HashMap<>(); // shingle -> [lesson, block index, position] of each occurrence
        for (int l = 0; l < blocks.size(); l++) {
            for (int bi = 0; bi < blocks.get(l).size(); bi++) {
                List<Long> sh = shingles(blocks.get(l).get(bi).words(), SHINGLE);
                for (int pos = 0; pos < sh.size(); pos++) {
                    where.computeIfAbsent(sh.get(pos), k -> new ArrayList<>(2)).add(new int[] {l, bi, pos});
                }
            }
        }
        Map<String, int[]> modules = new LinkedHashMap<>(); // module -> {words, duplicated}
        int totalWords = 0;
        int totalDuplicated = 0;
        for (int l = 0; l < blocks.size(); l++) {
            int[] counts = modules.computeIfAbsent(lessons.get(l).module(), k -> new int[2]);
            for (int bi = 0; bi < blocks.get(l).size(); bi++) {
                Block b = blocks.get(l).get(bi);
                List<Long> sh = shingles(b.words(), SHINGLE);
                boolean[] duplicated = new boolean[b.words().size()];
                // the earlier lesson (in curriculum order) this block repeats, for the warning, with its first place
                int[] firstOther = null;
                for (int pos = 0; pos < sh.size(); pos++) {
                    boolean elsewhere = false;
                    for (int[] o : where.get(sh.get(pos))) {
                        if (o[0] != l) {
                            elsewhere = true;
                            if (o[0] < l && firstOther == null) {
                                firstOther = o;
                            }
                        }
                    }
                    if (elsewhere) {
                        for (int w = pos; w < pos + SHINGLE; w++) {
                            duplicated[w] = true;
                        }
                    }
                }
                int dup = 0;
                for (boolean d : duplicated) {
                    if (d) {
                        dup++;
                    }
                }
                counts[0] += b.words().size();
                counts[1] += dup;
                totalWords += b.words().size();
                totalDuplicated += dup;
                if (firstOther != null && !reportedPairs.contains(b.file() + ":" + b.line() + "|" + firstOther[0])) {
                    Block other = blocks.get(firstOther[0]).get(firstOther[1]);
                    int start = firstRepeated(sh, where, l);
                    List<String> passage = b.words().subList(start, Math.min(b.words().size(), start + SHINGLE));
                    warnings.add(new ContentProblem(b.file(), b.line(), Message.of("content.duplication.block-words-repeat-keep", dup, b.words().size(), other.file(), other.line(), String.join(" ", passage))));
                }
            }
        }
        Map<String, Share> shares = new LinkedHashMap<>();
        modules.forEach((m, c) -> shares.put(m, new Share(c[0], c[1])));
        warnings.sort(Comparator.comparing(ContentProblem::file).thenComparingInt(ContentProblem::line));
        return new Report(warnings, shares, new Share(totalWords, totalDuplicated));
    }

    private static int firstRepeated(List<Long> sh, Map<Long, List<int[]>> where, int lesson) {
        for (int pos = 0; pos < sh.size(); pos++) {
            for (int[] o : where.get(sh.get(pos))) {
                if (o[0] < lesson) {
                    return pos;
                }
            }
        }
        return 0;
    }

    /** Hashes of every run of {@code n} consecutive words, in order. */
    static List<Long> shingles(List<String> words, int n) {
        List<Long> out = new ArrayList<>(Math.max(0, words.size() - n + 1));
        for (int i = 0; i + n <= words.size(); i++) {
            long h = 1125899906842597L;
            for (int k = i; k < i + n; k++) {
                String w = words.get(k);
                for (int c = 0; c < w.length(); c++) {
                    h = 31 * h + w.charAt(c);
                }
                h = 31 * h + ' ';
                h ^= h >>> 29;
            }
            out.add(h);
        }
        return out;
    }
}
