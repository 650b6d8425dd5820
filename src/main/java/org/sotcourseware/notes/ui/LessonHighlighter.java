package org.sotcourseware.notes.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.ui.Links;
import org.sotcourseware.base.ui.Toasts;
import org.sotcourseware.notes.NoteException;
import org.sotcourseware.notes.NotesService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Highlighting on a lesson's page: a "Highlight" button for the text the student selected (it moves to the corner
 * of the screen while there is a selection, so it is at hand on a phone), the student's highlights painted into the
 * lesson's text, each a focusable mark that opens its note (click, Enter or Space), and a line about highlights that
 * could not be placed in this version of the lesson. The page's script only reads the selection and paints marks;
 * what is saved and where it goes is decided by {@link NotesService}.
 */
class LessonHighlighter extends Div {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Installed once on the lesson's text element ({@code this}); $0 is this component (for $server), $1 the button.
     * Positions count characters that are not white space ({@code \s}), as the server's anchoring does.
     */
    private static final String SCRIPT = """
            const root = this, host = $0, button = $1;
            if (root.__notes) { return; }
            root.__notes = true;
            const ws = /\\s/;
            const canon = s => { let n = 0; for (let i = 0; i < s.length; i++) { if (!ws.test(s[i])) n++; } return n; };
            const offsetOf = (node, offset) => { const r = document.createRange(); r.setStart(root, 0); r.setEnd(node, offset); return canon(r.toString()); };
            let last = null;
            const read = () => {
              const sel = document.getSelection();
              if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
              const r = sel.getRangeAt(0);
              if (!root.contains(r.commonAncestorContainer)) return null;
              const start = offsetOf(r.startContainer, r.startOffset), end = offsetOf(r.endContainer, r.endOffset);
              return end > start ? { start, end, text: sel.toString(), exact: r.toString() } : null;
            };
            const dock = on => {
              if (on) { Object.assign(button.style, { position: 'fixed', right: '1rem', bottom: '1rem', zIndex: '50', boxShadow: '0 4px 14px rgba(0,0,0,.25)' }); }
              else { Object.assign(button.style, { position: '', right: '', bottom: '', zIndex: '', boxShadow: '' }); }
              button.setAttribute('theme', on ? 'primary' : 'small');
            };
            // the last selection in the lesson stays until the reader presses somewhere else than the button (pressing the
            // button may collapse the selection first), so the button stays where the finger or pointer is going
            const onSelection = () => {
              if (!root.isConnected) { document.removeEventListener('selectionchange', onSelection); return; }
              const s = read();
              if (s) { last = s; dock(true); }
            };
            const onPress = e => {
              if (!root.isConnected) { document.removeEventListener('pointerdown', onPress, true); return; }
              if (e.composedPath().includes(button)) return;
              last = null; dock(false);
            };
            document.addEventListener('selectionchange', onSelection);
            document.addEventListener('pointerdown', onPress, true);
            root.__notesSelection = () => last ? JSON.stringify(last) : '';
            root.__notesClear = () => { last = null; dock(false); const sel = document.getSelection(); if (sel) sel.removeAllRanges(); };
            const open = e => { const m = e.target.closest && e.target.closest('mark.note-mark'); if (m) { e.preventDefault(); host.$server.openHighlight(Number(m.dataset.noteId)); } };
            root.addEventListener('click', open);
            root.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') open(e); });
            root.__notesPaint = json => {
              root.querySelectorAll('mark.note-mark').forEach(m => { const p = m.parentNode; while (m.firstChild) p.insertBefore(m.firstChild, m); p.removeChild(m); });
              root.normalize();
              const nodes = []; let pos = 0;
              const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
              for (let n = w.nextNode(); n; n = w.nextNode()) { const c = canon(n.data); nodes.push({ n, s: pos, e: pos + c, i: nodes.length }); pos += c; }
              const index = (data, k) => { let n = 0; for (let i = 0; i < data.length; i++) { if (!ws.test(data[i])) { if (n === k) return i; n++; } } return data.length; };
              const segments = [];
              for (const it of JSON.parse(json)) {
                let first = true;
                for (const t of nodes) {
                  if (t.e <= it.start || t.s >= it.end || t.e === t.s) continue;
                  const a = it.start > t.s ? index(t.n.data, it.start - t.s) : 0;
                  const b = it.end < t.e ? index(t.n.data, it.end - t.s - 1) + 1 : t.n.data.length;
                  segments.push({ t, a, b, it, first }); first = false;
                }
              }
              // from the end backwards, so splitting a text node leaves the offsets before it valid; overlaps are clipped
              segments.sort((x, y) => y.t.i - x.t.i || y.a - x.a);
              let prev = null;
              for (const s of segments) {
                if (prev && prev.t === s.t && s.b > prev.a) s.b = prev.a;
                if (s.b <= s.a) continue;
                const r = document.createRange(); r.setStart(s.t.n, s.a); r.setEnd(s.t.n, s.b);
                const m = document.createElement('mark');
                m.className = 'note-mark'; m.dataset.noteId = s.it.id;
                m.style.background = s.it.note ? '#ffe08a' : '#fff0b3'; m.style.color = 'inherit'; m.style.cursor = 'pointer';
                m.style.borderBottom = s.it.note ? '2px solid #c99a06' : 'none'; m.style.borderRadius = '2px';
                if (s.first) { m.tabIndex = 0; m.setAttribute('role', 'button'); m.setAttribute('aria-label', s.it.label); }
                r.surroundContents(m);
                prev = s;
              }
            };""";

    private final NotesService notes;
    private final String moduleId;
    private final String lessonId;
    private final Component text;
    private final Button highlight = new Button(VaadinIcon.PENCIL.create());
    private final Span unplaced = new Span();
    private List<NotesService.Highlight> current = List.of();

    LessonHighlighter(NotesService notes, String moduleId, String lessonId, Component text) {
        this.notes = notes;
        this.moduleId = moduleId;
        this.lessonId = lessonId;
        this.text = text;
        addClassName("lesson-highlighter");
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "center").set("gap", "0.4rem 1rem")
                .set("margin", "0.25rem 0 0.75rem");
        highlight.setText(getTranslation("notes.highlighter.highlight"));
        highlight.addThemeVariants(ButtonVariant.LUMO_SMALL);
        highlight.addClassName("highlight-selection");
        highlight.getElement().setAttribute("title", getTranslation("notes.highlighter.highlight-tooltip"));
        highlight.addClickListener(e -> startHighlight());
        Span hint = new Span(getTranslation("notes.highlighter.hint"));
        hint.addClassName("highlight-hint");
        hint.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        var mine = Links.to(NotesNavigation.myNotes(moduleId), getTranslation("notes.highlighter.my-notes"));
        mine.addClassName("my-notes-link");
        unplaced.addClassName("unplaced-notes");
        unplaced.getStyle().set("font-size", "var(--lumo-font-size-s)");
        add(highlight, hint, mine, unplaced);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        text.getElement().executeJs(SCRIPT, getElement(), highlight.getElement());
        refresh();
    }

    /** Reads the student's highlights again and repaints them. */
    void refresh() {
        current = notes.forLesson(moduleId, lessonId);
        List<Map<String, Object>> paint = new ArrayList<>();
        int lost = 0;
        for (NotesService.Highlight h : current) {
            if (h.place() == null) {
                lost++;
                continue;
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", h.id());
            item.put("start", h.place().start());
            item.put("end", h.place().end());
            item.put("note", h.note() != null);
            item.put("label", getTranslation(h.note() != null ? "notes.highlighter.mark-with-note" : "notes.highlighter.mark"));
            paint.add(item);
        }
        unplaced.setText(lost == 0 ? "" : getTranslation("notes.highlighter.unplaced", lost));
        text.getElement().executeJs("if (this.__notesPaint) this.__notesPaint($0)", JSON.writeValueAsString(paint));
    }

    private void startHighlight() {
        text.getElement().executeJs("return this.__notesSelection ? this.__notesSelection() : ''").then(String.class, json -> {
            NotesService.Selection selection = parse(json);
            if (selection == null) {
                Toasts.error(getTranslation("notes.highlighter.select-first"));
                return;
            }
            NoteDialog.forNew(selection.text(), note -> {
                try {
                    notes.add(moduleId, lessonId, selection, note);
                } catch (NoteException ex) {
                    Toasts.error(ex);
                    return false;
                }
                text.getElement().executeJs("if (this.__notesClear) this.__notesClear()");
                refresh();
                Toasts.success(getTranslation(note == null || note.isBlank() ? "notes.highlighter.saved" : "notes.highlighter.saved-with-note"));
                return true;
            }).open();
        });
    }

    /** Called by the page's script when a highlight is clicked, or Enter or Space is pressed on it. */
    @ClientCallable
    void openHighlight(long id) {
        current.stream().filter(h -> h.id() == id).findFirst().ifPresent(h -> NoteDialog.edit(notes, h, this::refresh).open());
    }

    static NotesService.@Nullable Selection parse(@Nullable String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        JsonNode n = JSON.readTree(json);
        if (!n.has("start") || !n.has("end")) {
            return null;
        }
        return new NotesService.Selection(n.get("start").asInt(), n.get("end").asInt(), n.path("text").asString(""), n.path("exact").asString(""));
    }
}
