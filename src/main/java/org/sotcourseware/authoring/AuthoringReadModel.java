package org.sotcourseware.authoring;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.content.ContentDraft;
import org.sotcourseware.content.ContentProblem;
import org.sotcourseware.content.ContentTree;

/** What the authoring screens show. */
public final class AuthoringReadModel {

    private AuthoringReadModel() {
    }

    /** Where a file stands between the editor and the students. */
    public enum State {
        /** Students see exactly this. */
        PUBLISHED("Published"),
        /** Changed since it was published; students still see the published text. */
        DRAFT("Draft changes"),
        /** Never published; students do not see it. */
        NEW("New, not published"),
        /** Deleted in the draft; students see it until the deletion is published. */
        DELETED("Deletion not published");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A file in the authoring tree. {@code errors}: problems in the file as the draft stands. */
    public record FileStatus(String path, ContentDraft.Kind kind, @Nullable String moduleId, String title, State state, int errors,
                             boolean incoming, long head) {
    }

    /** A module and its files, in the order students meet them (overview, lessons, quiz, cases, images). */
    public record ModuleNode(String moduleId, String title, List<FileStatus> files) {
        public ModuleNode {
            files = List.copyOf(files);
        }

        public boolean hasDrafts() {
            return files.stream().anyMatch(f -> f.state() != State.PUBLISHED);
        }
    }

    /** The authoring tree: the curriculum file, then each module. */
    public record Tree(@Nullable FileStatus curriculum, List<ModuleNode> modules, int drafts, int incoming) {
        public Tree {
            modules = List.copyOf(modules);
        }
    }

    /**
     * What a save returns, all the editor needs afterwards: the new head revision (the old one when the text
     * was unchanged), the file as it now opens, and the draft world the preview parses against.
     */
    public record Saved(long head, EditorFile file, ContentTree draftWorld) {
    }

    /** A file opened in the editor. {@code head} is the revision the text comes from (for conflict detection). */
    public record EditorFile(String path, ContentDraft.Kind kind, @Nullable String moduleId, String text, long head,
                             @Nullable Long published, State state, @Nullable Incoming incoming) {
    }

    /** A change to the file found in the content folder at start-up, waiting for an instructor. */
    public record Incoming(long revision, boolean removal, List<DiffLine> diff) {
        public Incoming {
            diff = List.copyOf(diff);
        }
    }

    /** One revision in a file's history. */
    public record Revision(long id, String origin, String author, Instant at, @Nullable String message, boolean deleted,
                           boolean head, boolean published, List<Publication> publications) {
        public Revision {
            publications = List.copyOf(publications);
        }

        /** What made the revision, in words. */
        public String originLabel() {
            return switch (origin) {
                case "DISK" -> "From the content folder";
                case "EDIT" -> "Edited";
                case "ROLLBACK" -> "Rollback";
                case "IMPORT" -> "Imported";
                case "UPLOAD" -> "Uploaded";
                case "GIFT" -> "GIFT import";
                case "TEMPLATE" -> "Created";
                case "DELETE" -> "Deleted";
                case "RENAME" -> "Renamed";
                case "REORDER" -> "Reordered";
                case "ACCEPT" -> "Accepted from the content folder";
                default -> origin;
            };
        }
    }

    /** When a revision became the published one, and how. One publication of a revision; {@code message}: the publisher's "what changed" note, when they gave one. */
    public record Publication(String kind, String by, Instant at, @Nullable String message) {
    }

    /** A line of a diff. {@code oldLine}/{@code newLine} are 1-based, 0 where the line is not on that side. */
    /**
     * One line of a diff. {@code words}: for a changed line paired with its counterpart (a line edited rather than
     * added or removed whole), the line cut into stretches with those that differ marked, for word-level highlighting;
     * empty otherwise (the whole line is the change).
     */
    public record DiffLine(Type type, int oldLine, int newLine, String text, List<Words> words) {
        public enum Type {
            SAME, ADDED, REMOVED, GAP
        }

        public DiffLine {
            words = List.copyOf(words);
        }

        public DiffLine(Type type, int oldLine, int newLine, String text) {
            this(type, oldLine, newLine, text, List.of());
        }
    }

    /** A stretch of a changed line; {@code changed}: not in the other side's line. */
    public record Words(String text, boolean changed) {
    }

    /** The outcome of a publish: what went live, or the problems that stopped it (nothing changes then). */
    public record PublishResult(List<String> published, List<ContentProblem> blocking) {
        public PublishResult {
            published = List.copyOf(published);
            blocking = List.copyOf(blocking);
        }

        public boolean ok() {
            return blocking.isEmpty();
        }
    }
}
