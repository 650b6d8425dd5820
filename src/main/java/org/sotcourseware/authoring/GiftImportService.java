package org.sotcourseware.authoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sotcourseware.base.Message;
import org.sotcourseware.base.TextLimits;
import org.sotcourseware.audit.AuditLog;
import org.sotcourseware.authoring.internal.GiftConverter;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.ContentDraft;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.sotcourseware.authoring.DraftFiles.text;

/**
 * Moodle GIFT questions into a module's quiz: a preview of what would be converted and skipped, and the
 * import itself as one draft revision of the quiz (a conflict when someone saved since). Audited. Only
 * instructors and administrators may call it.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.INSTRUCTOR + "','" + Roles.ADMIN + "')")
public class GiftImportService {

    private final CatalogueService catalogue;
    private final DraftFiles files;
    private final DraftService drafts;
    private final AuditLog audit;

    GiftImportService(CatalogueService catalogue, DraftFiles files, DraftService drafts, AuditLog audit) {
        this.catalogue = catalogue;
        this.files = files;
        this.drafts = drafts;
        this.audit = audit;
    }

    /**
     * What importing GIFT text into a quiz would add (converted questions, skipped ones with reasons); changes
     * nothing. GIFT has no learning outcomes: every imported question names the module's first outcome, and a
     * note says so, for the instructor to change where another outcome fits.
     */
    @Transactional(readOnly = true)
    public GiftConverter.Result giftPreview(String quizPath, String gift) {
        DraftFiles.limit(Message.of("authoring.limit.gift-text"), gift, TextLimits.MARKDOWN_FILE);
        String module = quizPath.contains("/") ? quizPath.substring(0, quizPath.indexOf('/')) : "";
        String outcome = catalogue.module(module).stream().flatMap(m -> m.outcomes().stream())
                .map(CourseModule.Outcome::id).filter(Objects::nonNull).findFirst().orElse(null);
        GiftConverter.Result r = GiftConverter.convert(gift, giftPrefix(quizPath), takenQuestionIds(quizPath), outcome);
        if (outcome == null || r.converted().isEmpty()) {
            return r;
        }
        List<GiftConverter.Note> notes = new ArrayList<>(r.notes());
        notes.add(new GiftConverter.Note(r.converted().getFirst().line(), Message.of("authoring.gift.note.outcome", outcome)));
        return new GiftConverter.Result(r.markdown(), r.converted(), r.skipped(), notes);
    }

    /**
     * Appends the questions converted from GIFT text to the quiz's draft, as one revision on top of
     * {@code basedOn} (a conflict if someone saved since). Returns the new head revision.
     */
    @Transactional
    public long giftImport(String quizPath, String gift, long basedOn) {
        if (ContentDraft.Kind.of(quizPath) != ContentDraft.Kind.QUIZ) {
            throw new AuthoringException(Message.of("authoring.error.gift-not-quiz"));
        }
        GiftConverter.Result r = giftPreview(quizPath, gift);
        if (r.converted().isEmpty()) {
            throw new AuthoringException(Message.of("authoring.error.gift-none-converted"));
        }
        ContentStore.FileRow row = files.lockExisting(quizPath);
        String text = files.headText(row);
        String joined = text.endsWith("\n\n") ? text : text.endsWith("\n") ? text + "\n" : text + "\n\n";
        long rev = drafts.saveDraft(quizPath, joined + r.markdown(), basedOn, "Imported " + r.converted().size() + " questions from GIFT");
        audit.record("gift-import", quizPath, r.converted().size() + " questions converted, " + r.skipped().size() + " skipped");
        return rev;
    }

    private String giftPrefix(String quizPath) {
        String module = quizPath.contains("/") ? quizPath.substring(0, quizPath.indexOf('/')) : "quiz";
        return "q-" + module + "-gift-";
    }

    private Set<String> takenQuestionIds(String quizPath) {
        ContentStore.FileRow row = files.existing(quizPath);
        ContentDraft d = catalogue.draft(files.draftWorld(), quizPath);
        Set<String> ids = new HashSet<>();
        if (d.quiz() != null) {
            d.quiz().questions().forEach(q -> ids.add(q.id()));
        }
        Matcher m = Pattern.compile("\\{#([a-z0-9-]+)").matcher(files.headText(row));
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

}
