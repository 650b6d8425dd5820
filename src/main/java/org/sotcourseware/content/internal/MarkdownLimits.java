package org.sotcourseware.content.internal;

import java.util.ArrayList;
import java.util.List;
import org.sotcourseware.base.Message;

/**
 * What a Markdown text may be before the Markdown pipeline takes it on: its size, how deeply block
 * quotes and lists nest, and how many link brackets one paragraph opens. flexmark recurses once per
 * nesting level (thousands of nested {@code >} or list levels overflow the stack) and its inline parser is
 * quadratic in unmatched brackets ({@code [a](} fifty thousand times takes tens of seconds), so a text
 * over these limits is refused with a problem that names its line, before flexmark sees it. Whatever
 * slips past these checks is stopped by the time budget ({@link Budget}).
 */
public final class MarkdownLimits {

    /** Characters one Markdown file or text may hold: about twenty times the largest file of the curriculum. */
    public static final int MAX_CHARS = org.sotcourseware.base.TextLimits.MARKDOWN_FILE;
    /** Levels of block quotes and lists, together, one line may be nested in (the curriculum uses at most 4). */
    public static final int MAX_DEPTH = 32;
    /** Square brackets one paragraph may open (a long reference list has a few hundred). */
    public static final int MAX_BRACKETS = 5_000;
    /** How long parsing or rendering one text may take before it is given up. */
    public static final long TIME_BUDGET_MILLIS = 5_000;

    private MarkdownLimits() {
    }

    /** The problems that keep {@code markdown} from the pipeline, each with its 0-based line; empty when it may go on. */
    public static List<MarkdownRenderer.Issue> check(String markdown) {
        List<MarkdownRenderer.Issue> issues = new ArrayList<>();
        if (markdown.length() > MAX_CHARS) {
            issues.add(new MarkdownRenderer.Issue(0, Message.of("content.markdown.text-long-markdown-file", size(markdown.length()), size(MAX_CHARS))));
            return issues;
        }
        int line = 0;
        int start = 0;
        boolean inFence = false;
        char fenceChar = 0;
        int blockBrackets = 0;
        int blockStart = 0;
        boolean depthReported = false;
        while (start <= markdown.length()) {
            int end = markdown.indexOf('\n', start);
            if (end < 0) {
                end = markdown.length();
            }
            Prefix p = prefix(markdown, start, end);
            int contentStart = p.contentStart();
            String fence = fenceAt(markdown, contentStart, end);
            if (inFence) {
                if (fence != null && fence.charAt(0) == fenceChar) {
                    inFence = false;
                }
            } else if (fence != null) {
                inFence = true;
                fenceChar = fence.charAt(0);
            } else {
                if (p.depth() > MAX_DEPTH && !depthReported) {
                    issues.add(new MarkdownRenderer.Issue(line, Message.of("content.markdown.block-quotes-lists-nested", p.depth(), MAX_DEPTH)));
                    depthReported = true;
                }
                if (contentStart >= end) {
                    blockBrackets = 0;
                    blockStart = line + 1;
                } else {
                    for (int i = contentStart; i < end; i++) {
                        char c = markdown.charAt(i);
                        if (c == '\\') {
                            i++;
                        } else if (c == '[') {
                            if (++blockBrackets == MAX_BRACKETS + 1) {
                                issues.add(new MarkdownRenderer.Issue(blockStart, Message.of("content.markdown.paragraph-starting-here-opens", MAX_BRACKETS)));
                            }
                        }
                    }
                }
            }
            line++;
            start = end + 1;
        }
        return issues;
    }

    private record Prefix(int depth, int contentStart) {
    }

    /**
     * The nesting a line's container prefix stands for: each {@code >} and each list marker a level, and
     * indentation before them a level per two columns (how nested lists are written).
     */
    private static Prefix prefix(String s, int start, int end) {
        int depth = 0;
        int i = start;
        int leadingColumns = -1;
        while (i < end) {
            int column = 0;
            while (i < end && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                column += s.charAt(i) == '\t' ? 4 : 1;
                i++;
            }
            if (leadingColumns < 0) {
                leadingColumns = column;
            }
            if (i >= end) {
                break;
            }
            char c = s.charAt(i);
            if (c == '>') {
                depth++;
                i++;
                continue;
            }
            int marker = listMarkerEnd(s, i, end);
            if (marker < 0) {
                break;
            }
            depth++;
            i = marker;
        }
        if (depth > 0 && leadingColumns > 0) {
            depth += leadingColumns / 2;
        }
        return new Prefix(depth, i);
    }

    /** The index after a list marker ({@code -}, {@code *}, {@code +}, {@code 1.}, {@code 1)}) followed by a space or the line's end, or -1. */
    private static int listMarkerEnd(String s, int i, int end) {
        char c = s.charAt(i);
        int after;
        if (c == '-' || c == '*' || c == '+') {
            after = i + 1;
        } else if (c >= '0' && c <= '9') {
            int j = i;
            while (j < end && j - i < 9 && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                j++;
            }
            if (j >= end || (s.charAt(j) != '.' && s.charAt(j) != ')')) {
                return -1;
            }
            after = j + 1;
        } else {
            return -1;
        }
        return after == end || s.charAt(after) == ' ' || s.charAt(after) == '\t' ? after : -1;
    }

    /** The fence ({@code ```} or {@code ~~~} run) a line opens or closes at {@code i}, or null. */
    private static String fenceAt(String s, int i, int end) {
        if (i + 3 > end) {
            return null;
        }
        char c = s.charAt(i);
        if ((c != '`' && c != '~') || s.charAt(i + 1) != c || s.charAt(i + 2) != c) {
            return null;
        }
        return s.substring(i, i + 3);
    }

    static Message size(int chars) {
        return chars >= 1_000_000 ? Message.of("content.markdown.million-characters", chars / 1_000_000.0)
                : Message.of("content.markdown.characters", chars);
    }

    /** Thrown from inside flexmark when a parse or render runs past its {@link Budget}. */
    static final class OverBudget extends RuntimeException {
        private final int index;

        OverBudget(int index) {
            super("over the time budget", null, false, false);
            this.index = index;
        }

        /** How far into the text the work had read when it was stopped. */
        int index() {
            return index;
        }
    }

    /**
     * The text flexmark reads, with a clock: every few thousand characters read it checks the time and
     * throws {@link OverBudget} past the deadline. flexmark reads its input only through {@code charAt}, so
     * a runaway parse or render stops within milliseconds of its budget instead of holding a thread for
     * tens of seconds. {@link #disarm()} once the work is done, so nodes kept afterwards read freely.
     * <p>
     * The clock is the CPU time of the thread that made the budget (wall-clock time on another thread, or where
     * the JVM cannot measure thread CPU time): the budget limits work, and a busy machine that leaves the thread
     * waiting for a core must not turn an ordinary lesson into a "took too long" problem.
     */
    static final class Budget implements CharSequence {
        private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
        private static final boolean CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();

        private final String text;
        /** Shared by the budgets of every pass over one text, so disarming one disarms all. */
        private final java.util.concurrent.atomic.AtomicLong deadline;
        private final java.util.concurrent.atomic.AtomicLong wallDeadline;
        private final Thread owner;
        private int reads;
        private int furthest;

        Budget(String text, long millis) {
            this.text = text;
            this.owner = Thread.currentThread();
            this.deadline = new java.util.concurrent.atomic.AtomicLong(cpuNow() + millis * 1_000_000L);
            this.wallDeadline = new java.util.concurrent.atomic.AtomicLong(System.nanoTime() + millis * 1_000_000L);
        }

        private Budget(String text, Budget other) {
            this.text = text;
            this.owner = other.owner;
            this.deadline = other.deadline;
            this.wallDeadline = other.wallDeadline;
        }

        private static long cpuNow() {
            return CPU_TIME ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
        }

        private boolean over() {
            return Thread.currentThread() == owner ? cpuNow() > deadline.get() : System.nanoTime() > wallDeadline.get();
        }

        /** Another text read under this one's deadline (a second pass over a corrected text). */
        Budget sameDeadline(String other) {
            return new Budget(other, this);
        }

        void disarm() {
            deadline.set(Long.MAX_VALUE);
            wallDeadline.set(Long.MAX_VALUE);
        }

        /** The 0-based line of the furthest character read. */
        int furthestLine() {
            int line = 0;
            for (int i = 0; i < furthest && i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            return line;
        }

        @Override
        public char charAt(int index) {
            if (index > furthest) {
                furthest = index;
            }
            if ((++reads & 0xFFF) == 0 && over()) {
                throw new OverBudget(furthest);
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
