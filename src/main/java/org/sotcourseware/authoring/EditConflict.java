package org.sotcourseware.authoring;

import java.time.Instant;
import org.sotcourseware.base.Message;
import java.util.List;

/**
 * Someone saved the file after the author opened it: nothing was saved. Carries the other revision and a
 * diff from it to the author's text so the author can choose.
 */
public class EditConflict extends AuthoringException {

    private final long theirRevision;
    private final String theirAuthor;
    private final Instant theirTime;
    private final String theirText;
    private final List<AuthoringReadModel.DiffLine> diff;

    EditConflict(long theirRevision, String theirAuthor, Instant theirTime, String theirText, List<AuthoringReadModel.DiffLine> diff) {
        super(Message.of("authoring.error.edit-conflict", theirAuthor));
        this.theirRevision = theirRevision;
        this.theirAuthor = theirAuthor;
        this.theirTime = theirTime;
        this.theirText = theirText;
        this.diff = List.copyOf(diff);
    }

    public long theirRevision() {
        return theirRevision;
    }

    public String theirAuthor() {
        return theirAuthor;
    }

    public Instant theirTime() {
        return theirTime;
    }

    public String theirText() {
        return theirText;
    }

    /** From their text (old) to yours (new). */
    public List<AuthoringReadModel.DiffLine> diff() {
        return diff;
    }
}
