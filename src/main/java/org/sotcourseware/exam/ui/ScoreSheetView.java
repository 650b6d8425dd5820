package org.sotcourseware.exam.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Numbers;
import org.sotcourseware.base.Translations;
import org.sotcourseware.base.ui.Breadcrumbs;
import org.sotcourseware.base.ui.Links;
import org.sotcourseware.content.Station;
import org.sotcourseware.exam.ExamService;
import org.sotcourseware.exam.OsceScoring;
import org.sotcourseware.exam.PracticalExamId;
import org.sotcourseware.exam.PracticalExams.Saved;
import org.sotcourseware.exam.PracticalExams.SheetView;
import org.sotcourseware.security.Roles;
import org.sotcourseware.security.UserId;
import org.springframework.security.access.AccessDeniedException;

/**
 * One candidate's score sheet at the examiner's station, made for a phone: a big button per mark, each tap
 * saved at once. The status at the top says "Not saved yet" from the moment of a tap until the server has
 * saved it (taps made while the connection is down are sent, in order, when it is back: Vaadin resends
 * them) and "Saved" with the time once it has. Each tap carries a sequence number, so the status only turns
 * to "Saved" when the server has acknowledged the latest tap.
 */
@Route("examiner/:examId/:station/:candidate")
@RolesAllowed({Roles.INSTRUCTOR, Roles.ORGANISER, Roles.ADMIN})
class ScoreSheetView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.UK);
    /** The client half of the save status: counts taps, shows "Not saved yet" until the server acknowledges the latest. */
    private static final String CLIENT = """
            const root = this;
            if (root.sotInstalled) { return; }
            root.sotInstalled = true;
            root.sotSeq = 0; root.sotAcked = 0; root.sotTyping = false; root.sotSaved = ''; root.sotError = null;
            root.sotRender = () => {
              const s = root.querySelector('.save-status');
              if (!s) { return; }
              if (root.sotError) { s.dataset.state = 'error'; s.textContent = root.sotError; return; }
              const pending = root.sotAcked < root.sotSeq || root.sotTyping;
              s.dataset.state = pending ? 'pending' : (root.sotSaved ? 'saved' : 'idle');
              s.textContent = pending ? (navigator.onLine ? root.dataset.textPending : root.dataset.textOffline)
                                      : (root.sotSaved || root.dataset.textIdle);
            };
            root.sotAck = (seq, text) => {
              if (seq >= root.sotAcked) { root.sotAcked = seq; root.sotSaved = text; }
              if (root.sotAcked >= root.sotSeq) { root.querySelectorAll('[data-pending]').forEach(b => b.removeAttribute('data-pending')); }
              root.sotRender();
            };
            root.sotFail = (seq, text) => {
              if (seq >= root.sotAcked) { root.sotAcked = seq; }
              root.sotError = text;
              root.querySelectorAll('[data-pending]').forEach(b => b.removeAttribute('data-pending'));
              root.sotRender();
            };
            root.addEventListener('click', e => {
              const b = e.target.closest('[data-tap]');
              if (!b || b.disabled) { return; }
              root.sotSeq++;
              root.sotError = null;
              const row = b.closest('[data-row]');
              if (row) { row.querySelectorAll('[data-tap]').forEach(x => x.removeAttribute('data-pending')); }
              b.setAttribute('data-pending', '');
              root.sotRender();
            }, true);
            root.addEventListener('input', e => {
              if (e.target.closest && e.target.closest('[data-comment]')) { root.sotTyping = true; root.sotRender(); }
            }, true);
            root.addEventListener('change', e => {
              if (e.target.localName === 'vaadin-text-area' && e.target.hasAttribute('data-comment')) {
                root.sotSeq++; root.sotTyping = false; root.sotError = null; root.sotRender();
              }
            }, true);
            window.addEventListener('online', () => root.sotRender());
            window.addEventListener('offline', () => root.sotRender());
            root.sotRender();
            """;
    private static final String SEQ = "element.closest('.score-sheet').sotSeq"; // not UI text: a client-side expression

    private final ExamService exams;
    private @Nullable SheetView sheet;
    private PracticalExamId exam = new PracticalExamId(0);
    private int station;
    private final Span score = new Span();
    private final Span status = new Span();
    private final Map<String, List<NativeButton>> itemButtons = new HashMap<>();
    private final List<NativeButton> ratingButtons = new ArrayList<>();

    public ScoreSheetView(ExamService exams) {
        this.exams = exams;
        addClassNames("page", "score-sheet");
        status.addClassName("save-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        score.addClassName("sheet-score");
        // the client half's words, in the reader's language
        getElement().setAttribute("data-text-pending", getTranslation("exam.sheet.status.pending"));
        getElement().setAttribute("data-text-offline", getTranslation("exam.sheet.status.offline"));
        getElement().setAttribute("data-text-idle", getTranslation("exam.sheet.status.idle"));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement().executeJs(CLIENT);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            exam = new PracticalExamId(Long.parseLong(event.getRouteParameters().get(ExamNavigation.EXAM).orElse("")));
            station = Integer.parseInt(event.getRouteParameters().get(ExamNavigation.STATION).orElse(""));
            UserId candidate = new UserId(Long.parseLong(event.getRouteParameters().get(ExamNavigation.CANDIDATE).orElse("")));
            sheet = exams.openSheet(exam, station, candidate);
        } catch (NumberFormatException | AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("exam.queue.not-examiner"));
            return;
        } catch (ExamService.ExamException e) {
            removeAll();
            add(new H1(getTranslation("exam.sheet.title")), new Paragraph(e.message().in(getLocale())),
                    Links.to(ExamNavigation.examining(), getTranslation("exam.sheet.back")));
            return;
        }
        render();
    }

    private void render() {
        SheetView s = sheet;
        if (s == null) {
            return;
        }
        removeAll();
        itemButtons.clear();
        ratingButtons.clear();
        boolean locked = s.submitted();
        add(new Breadcrumbs().link(getTranslation("exam.examining.title"), ExamNavigation.examining())
                .link(getTranslation("exam.queue.station-no", s.stationNo()), ExamNavigation.queue(exam, station))
                .current(s.candidate().name()));
        Div head = new Div();
        head.addClassName("sheet-head");
        Span who = new Span(s.candidate().name());
        who.addClassName("sheet-candidate");
        Span where = new Span(s.station().title());
        where.addClassName("sheet-station");
        updateScore(s.score());
        head.add(new Div(who, where), new Div(score, status));
        add(head);
        if (locked) {
            Paragraph done = new Paragraph(getTranslation("exam.sheet.locked", CLOCK.format(s.submittedAt().atZone(ZoneId.systemDefault()))));
            done.addClassName("notice");
            done.addClassName("sheet-locked");
            add(done);
            status.setText(getTranslation("exam.sheet-state.submitted"));
            status.getElement().setAttribute("data-state", "saved");
        }
        for (Station.ChecklistItem item : s.station().checklist()) {
            add(item(s, item, locked));
        }
        add(rating(s, locked));
        TextArea overall = comment(getTranslation("exam.sheet.overall-comment"), s.comment(), locked);
        overall.addClassName("sheet-comment");
        listen(overall, (text, seq) -> save(seq, () -> exams.overallComment(s.id(), text)));
        add(overall);
        Div actions = new Div();
        actions.addClassName("sheet-actions");
        if (!locked) {
            Button submit = new Button(getTranslation("exam.sheet.submit"), e -> confirmSubmit());
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            submit.addClassName("sheet-submit");
            actions.add(submit);
        }
        actions.add(Links.to(ExamNavigation.queue(exam, station), getTranslation("exam.sheet.next")));
        add(actions);
    }

    private Div item(SheetView s, Station.ChecklistItem item, boolean locked) {
        Div card = new Div();
        card.addClassName("sheet-item");
        card.getElement().setAttribute("data-row", item.id());
        Paragraph text = new Paragraph(item.text());
        text.addClassName("sheet-item-text");
        if (item.critical()) {
            text.addComponentAsFirst(criticalBadge(getLocale()));
        }
        Div marks = new Div();
        marks.addClassName("sheet-marks");
        List<Integer> values = markValues(item);
        List<NativeButton> buttons = new ArrayList<>();
        for (int v : values) {
            NativeButton b = markButton(item, v, getLocale());
            b.setEnabled(!locked);
            DomListenerRegistration r = b.getElement().addEventListener("click", e -> {
                int seq = (int) e.getEventData().get(SEQ).asDouble();
                save(seq, () -> {
                    Saved saved = exams.mark(s.id(), item.id(), v);
                    select(buttons, v, values);
                    return saved;
                });
            });
            r.addEventData(SEQ);
            buttons.add(b);
            marks.add(b);
        }
        select(buttons, s.marks().get(item.id()), values);
        itemButtons.put(item.id(), buttons);
        TextArea comment = comment(getTranslation("exam.sheet.item-comment"), s.comments().get(item.id()), locked);
        listen(comment, (t, seq) -> save(seq, () -> exams.comment(s.id(), item.id(), t)));
        card.add(text, marks, comment);
        return card;
    }

    private Div rating(SheetView s, boolean locked) {
        Div card = new Div();
        card.addClassNames("sheet-item", "sheet-rating");
        card.getElement().setAttribute("data-row", "rating");
        H2 h = new H2(getTranslation("exam.sheet.global-rating"));
        Div row = new Div();
        row.addClassName("sheet-marks");
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < Station.RATING_LEVELS.size(); i++) {
            values.add(i);
        }
        for (int i : values) {
            String level = Station.RATING_LEVELS.get(i);
            NativeButton b = ratingButton(s.station(), level, getLocale());
            b.setEnabled(!locked);
            b.getElement().addEventListener("click", e -> {
                int seq = (int) e.getEventData().get(SEQ).asDouble();
                save(seq, () -> {
                    Saved saved = exams.rate(s.id(), i);
                    select(ratingButtons, i, values);
                    return saved;
                });
            }).addEventData(SEQ);
            ratingButtons.add(b);
            row.add(b);
        }
        select(ratingButtons, s.rating(), values);
        card.add(h, row);
        return card;
    }

    /** The marks an examiner can give for an item: none, each partial mark, full marks. */
    static List<Integer> markValues(Station.ChecklistItem item) {
        List<Integer> values = new ArrayList<>();
        values.add(0);
        values.addAll(item.partial());
        values.add(item.marks());
        return values;
    }

    /** The button for giving {@code v} marks for an item, as the examiner sees it (also in the authors' preview). */
    static NativeButton markButton(Station.ChecklistItem item, int v, Locale locale) {
        NativeButton b = new NativeButton(v == 0 ? Translations.text(locale, "exam.sheet.not-done", v)
                : v == item.marks() ? Translations.text(locale, "exam.sheet.done", v) : String.valueOf(v));
        b.addClassName("tap");
        b.getElement().setAttribute("data-tap", String.valueOf(v));
        b.getElement().setAttribute("aria-label", Translations.text(locale, "exam.sheet.mark-aria", item.text(), v, item.marks()));
        return b;
    }

    /** The button for a global rating level, with the station's description of the level as its tooltip. */
    static NativeButton ratingButton(Station station, String level, Locale locale) {
        NativeButton b = new NativeButton(Translations.text(locale, "exam.rating." + level));
        b.addClassName("tap");
        b.getElement().setAttribute("data-tap", level);
        b.getElement().setAttribute("title", station.globalRating().stream().filter(l -> l.level().equals(level))
                .map(Station.RatingLevel::description).findFirst().orElse(""));
        return b;
    }

    static Span criticalBadge(Locale locale) {
        Span critical = new Span(Translations.text(locale, "exam.critical"));
        critical.addClassNames("badge", "badge-error");
        return critical;
    }

    private static TextArea comment(String label, @Nullable String value, boolean locked) {
        TextArea t = new TextArea(label);
        t.setValue(value == null ? "" : value);
        t.setMaxLength(ExamService.MAX_COMMENT);
        t.setReadOnly(locked);
        t.setWidthFull();
        t.addClassName("sheet-item-comment");
        t.getElement().setAttribute("data-comment", "");
        return t;
    }

    /** Saves a comment on the vaadin-text-area's own change event (after typing), with the tap sequence number. */
    private static void listen(TextArea t, java.util.function.BiConsumer<String, Integer> onSave) {
        t.getElement().addEventListener("change", e -> onSave.accept(e.getEventData().get("element.value").asString(),
                        (int) e.getEventData().get(SEQ).asDouble()))
                .addEventData("element.value").addEventData(SEQ).setFilter("event.target === element"); // not UI text: a client-side filter
    }

    private void save(int seq, Supplier<Saved> action) {
        try {
            Saved saved = action.get();
            updateScore(saved.score());
            getElement().executeJs("this.sotAck($0, $1)", seq, getTranslation("exam.sheet.status.saved", CLOCK.format(saved.at().atZone(ZoneId.systemDefault()))));
        } catch (ExamService.ExamException e) {
            getElement().executeJs("this.sotFail($0, $1)", seq, getTranslation("exam.sheet.status.not-saved", e.message()));
        }
    }

    private void updateScore(OsceScoring.SheetScore s) {
        score.setText(getTranslation("exam.of", Numbers.upTo(s.score(), 1, getLocale()), s.max()));
    }

    private static void select(List<NativeButton> buttons, @Nullable Integer value, List<Integer> values) {
        for (int i = 0; i < buttons.size(); i++) {
            boolean on = value != null && values.get(i).equals(value);
            buttons.get(i).getElement().setAttribute("aria-pressed", on ? "true" : "false");
            if (on) {
                buttons.get(i).addClassName("selected");
            } else {
                buttons.get(i).removeClassName("selected");
            }
        }
    }

    private void confirmSubmit() {
        SheetView s = sheet;
        if (s == null) {
            return;
        }
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("exam.sheet.confirm.title"));
        d.add(new Paragraph(getTranslation("exam.sheet.confirm.text", s.candidate().name())));
        Button ok = new Button(getTranslation("exam.sheet.confirm.ok"), e -> {
            try {
                sheet = exams.submit(s.id());
                d.close();
                render();
            } catch (ExamService.ExamException ex) {
                d.close();
                getElement().executeJs("this.sotFail(this.sotSeq, $0)", getTranslation("exam.sheet.status.not-submitted", ex.message()));
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClassName("confirm-submit");
        d.getFooter().add(new Button(getTranslation("exam.cancel"), e -> d.close()), ok);
        d.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exam.page-title", sheet == null ? getTranslation("exam.sheet.title")
                : getTranslation("exam.sheet.page-title", sheet.candidate().name(), sheet.station().title()), getTranslation("shell.product"));
    }
}
