/*
 * The CodeMirror 6 part of <sot-markdown-editor>, loaded on first use (a separate chunk of the production
 * bundle, so pages without an editor never download it): Markdown with YAML front matter, line numbers,
 * history, search and replace, bracket matching, wrapping, active line, lint markers, themed from the app's
 * CSS custom properties.
 */
import { Compartment, EditorState, type Extension, type TransactionSpec } from '@codemirror/state';
import {
  EditorView,
  drawSelection,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { HighlightStyle, bracketMatching, syntaxHighlighting } from '@codemirror/language';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import { type Diagnostic as CmDiagnostic, lintGutter, lintKeymap, setDiagnostics } from '@codemirror/lint';
import { markdown, markdownLanguage } from '@codemirror/lang-markdown';
import type { BlockContext, Element as MdElement, Line, MarkdownConfig } from '@lezer/markdown';
import { tags as t } from '@lezer/highlight';
import type { EditorDiagnostic } from './sot-markdown-editor';

const FENCE = /^(---|\.\.\.)\s*$/;
const FRONT_MATTER_KEY = /^(\s*)([A-Za-z0-9_.-]+)\s*:/;

/**
 * YAML front matter: a `---` line at the very start of the document up to the next `---` (or `...`) line.
 * Without this, Markdown would read the opening fence as a rule and `key: value` + closing fence as a heading.
 * An unclosed block runs to the end, which makes the mistake visible.
 */
const frontMatter: MarkdownConfig = {
  defineNodes: [
    { name: 'FrontMatter', block: true, style: t.meta },
    { name: 'FrontMatterMark', style: t.contentSeparator },
    { name: 'FrontMatterKey', style: t.propertyName },
  ],
  parseBlock: [
    {
      name: 'FrontMatter',
      before: 'HorizontalRule',
      parse(cx: BlockContext, line: Line): boolean {
        if (cx.lineStart !== 0 || cx.depth !== 1 || line.text.trimEnd() !== '---') {
          return false;
        }
        const start = cx.lineStart;
        const children: MdElement[] = [cx.elt('FrontMatterMark', start, start + 3)];
        let end = start + line.text.length;
        while (cx.nextLine()) {
          const from = cx.lineStart;
          end = from + line.text.length;
          if (FENCE.test(line.text)) {
            children.push(cx.elt('FrontMatterMark', from, from + 3));
            cx.nextLine();
            break;
          }
          const key = FRONT_MATTER_KEY.exec(line.text);
          if (key) {
            const keyStart = from + key[1].length;
            children.push(cx.elt('FrontMatterKey', keyStart, keyStart + key[2].length));
          }
        }
        cx.addElement(cx.elt('FrontMatter', start, end, children));
        return true;
      },
    },
  ],
};

const highlighting = HighlightStyle.define([
  { tag: t.heading1, fontWeight: '700', fontSize: '1.2em', color: 'var(--sot-teal-strong, #164a51)' },
  { tag: t.heading2, fontWeight: '700', fontSize: '1.1em', color: 'var(--sot-teal-strong, #164a51)' },
  { tag: [t.heading3, t.heading4, t.heading5, t.heading6], fontWeight: '700', color: 'var(--sot-teal-strong, #164a51)' },
  { tag: t.emphasis, fontStyle: 'italic' },
  { tag: t.strong, fontWeight: '700' },
  { tag: t.strikethrough, textDecoration: 'line-through' },
  { tag: t.link, color: 'var(--sot-teal, #1d5e66)' },
  { tag: t.url, color: 'var(--sot-text-muted, #5a6b70)', textDecoration: 'underline' },
  { tag: [t.labelName, t.propertyName], color: 'var(--sot-teal, #1d5e66)' },
  {
    tag: t.monospace,
    backgroundColor: 'var(--sot-teal-soft, #e4f0f0)',
    borderRadius: '3px',
  },
  { tag: t.quote, color: 'var(--sot-text-muted, #5a6b70)', fontStyle: 'italic' },
  { tag: [t.processingInstruction, t.string, t.meta], color: 'var(--sot-text-muted, #5a6b70)' },
  { tag: t.contentSeparator, color: 'var(--sot-sand-strong, #8a6424)', fontWeight: '700' },
  { tag: t.comment, color: 'var(--sot-text-muted, #5a6b70)', fontStyle: 'italic' },
  { tag: [t.escape, t.character], color: 'var(--sot-sand-strong, #8a6424)' },
]);

const theme = EditorView.theme({
  '&': {
    height: '100%',
    minHeight: '8rem',
    color: 'var(--sot-text, #1d2a2e)',
    backgroundColor: 'var(--sot-surface, #ffffff)',
    border: '1px solid var(--sot-border, #dfe6e4)',
    borderRadius: '8px',
    fontSize: '0.95rem',
  },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': {
    fontFamily: 'var(--sot-mono-font, ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace)',
    lineHeight: '1.6',
    overflow: 'auto',
  },
  '.cm-content': { caretColor: 'var(--sot-text, #1d2a2e)', padding: '0.5rem 0' },
  '.cm-line': { padding: '0 0.75rem 0 0.5rem' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--sot-text, #1d2a2e)', borderLeftWidth: '2px' },
  '.cm-selectionBackground, &.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-content ::selection':
    { backgroundColor: 'var(--sot-selection, rgba(29, 94, 102, 0.25))' },
  '.cm-activeLine': { backgroundColor: 'var(--sot-active-line, rgba(29, 94, 102, 0.06))' },
  '.cm-gutters': {
    backgroundColor: 'var(--sot-bg, #f5f7f6)',
    color: 'var(--sot-text-muted, #5a6b70)',
    borderRight: '1px solid var(--sot-border, #dfe6e4)',
    borderRadius: '8px 0 0 8px',
  },
  '.cm-activeLineGutter': {
    backgroundColor: 'var(--sot-teal-soft, #e4f0f0)',
    color: 'var(--sot-teal-strong, #164a51)',
  },
  '&.cm-focused .cm-matchingBracket': {
    backgroundColor: 'var(--sot-sand-soft, #f7efe0)',
    outline: '1px solid var(--sot-sand, #b78a3e)',
  },
  '&.cm-focused .cm-nonmatchingBracket': { backgroundColor: 'var(--lumo-error-color-10pct, rgba(200, 0, 0, 0.1))' },
  '.cm-searchMatch': {
    backgroundColor: 'var(--sot-sand-soft, #f7efe0)',
    outline: '1px solid var(--sot-sand, #b78a3e)',
  },
  '.cm-searchMatch.cm-searchMatch-selected': { backgroundColor: 'var(--sot-selection, rgba(29, 94, 102, 0.25))' },
  '.cm-selectionMatch': { backgroundColor: 'var(--sot-teal-soft, #e4f0f0)' },
  '.cm-panels': {
    backgroundColor: 'var(--sot-bg, #f5f7f6)',
    color: 'var(--sot-text, #1d2a2e)',
    fontFamily: 'var(--sot-ui-font, sans-serif)',
  },
  '.cm-panels.cm-panels-top': { borderBottom: '1px solid var(--sot-border, #dfe6e4)', borderRadius: '8px 8px 0 0' },
  '.cm-panels.cm-panels-bottom': { borderTop: '1px solid var(--sot-border, #dfe6e4)' },
  '.cm-panel.cm-search': { padding: '0.4rem 2rem 0.4rem 0.6rem' },
  '.cm-panel.cm-search label': { fontSize: '0.85rem' },
  '.cm-textfield': {
    backgroundColor: 'var(--sot-surface, #ffffff)',
    color: 'var(--sot-text, #1d2a2e)',
    border: '1px solid var(--sot-border, #dfe6e4)',
    borderRadius: '4px',
    padding: '0.2rem 0.4rem',
    fontSize: '0.9rem',
  },
  '.cm-button': {
    backgroundImage: 'none',
    backgroundColor: 'var(--sot-surface, #ffffff)',
    color: 'var(--sot-teal-strong, #164a51)',
    border: '1px solid var(--sot-border, #dfe6e4)',
    borderRadius: '4px',
    padding: '0.2rem 0.6rem',
    fontSize: '0.85rem',
  },
  '.cm-button:hover': { backgroundColor: 'var(--sot-teal-soft, #e4f0f0)' },
  '.cm-textfield:focus-visible, .cm-button:focus-visible, .cm-panel button:focus-visible, .cm-panel input:focus-visible': {
    outline: '2px solid var(--sot-teal, #1d5e66)',
    outlineOffset: '1px',
  },
  '.cm-panel.cm-search [name=close]': { color: 'var(--sot-text-muted, #5a6b70)', fontSize: '1.2rem' },
  '.cm-tooltip': {
    backgroundColor: 'var(--sot-surface, #ffffff)',
    color: 'var(--sot-text, #1d2a2e)',
    border: '1px solid var(--sot-border, #dfe6e4)',
    borderRadius: '6px',
    boxShadow: 'var(--sot-shadow, 0 4px 16px rgba(0, 0, 0, 0.1))',
  },
  '.cm-diagnostic': { fontFamily: 'var(--sot-ui-font, sans-serif)', padding: '0.35rem 0.6rem' },
  '.cm-diagnostic-error': { borderLeftColor: 'var(--sot-red, #b3403a)' },
  '.cm-diagnostic-warning': { borderLeftColor: 'var(--sot-sand, #b78a3e)' },
  '.cm-lintRange-error': {
    backgroundImage: 'none',
    textDecoration: 'underline wavy var(--sot-red, #b3403a)',
    textDecorationSkipInk: 'none',
    textUnderlineOffset: '4px',
  },
  '.cm-lintRange-warning': {
    backgroundImage: 'none',
    textDecoration: 'underline wavy var(--sot-sand, #b78a3e)',
    textDecorationSkipInk: 'none',
    textUnderlineOffset: '4px',
  },
});

export interface EngineOptions {
  doc: string;
  readonly: boolean;
  label: string;
  /** CodeMirror's words in the reader's language ({English: translation}); empty for English. */
  phrases: Readonly<Record<string, string>>;
  diagnostics: readonly EditorDiagnostic[];
  /** Element id (in the same shadow root) of the keyboard hint. */
  describedBy: string;
  onDocChanged: () => void;
  onBlur: () => void;
}

/** One editor: owns the CodeMirror state, and a view while the host is in the document. */
export class MarkdownEngine {
  private readonly readOnlyConf = new Compartment();
  private readonly labelConf = new Compartment();
  private readonly phrasesConf = new Compartment();
  private view: EditorView | null = null;
  private state: EditorState;
  private readonlyValue: boolean;
  private labelValue: string;
  private phrasesValue: Readonly<Record<string, string>>;
  private diagnosticsValue: readonly EditorDiagnostic[];

  constructor(private readonly options: EngineOptions) {
    this.readonlyValue = options.readonly;
    this.labelValue = options.label;
    this.phrasesValue = options.phrases;
    this.diagnosticsValue = options.diagnostics;
    this.state = this.createState(options.doc);
    if (this.diagnosticsValue.length > 0) {
      this.applyDiagnostics();
    }
  }

  mount(parent: HTMLElement, root: ShadowRoot): void {
    if (!this.view) {
      this.view = new EditorView({ state: this.state, parent, root });
    }
  }

  /** Keeps text, history and selection for a later mount; releases the DOM and its listeners. */
  unmount(): void {
    if (this.view) {
      this.state = this.view.state;
      this.view.destroy();
      this.view = null;
    }
  }

  get value(): string {
    return this.current().doc.toString();
  }

  /** A new document from outside: fresh undo history, cursor at the start, no change callback. */
  replaceDocument(text: string): void {
    this.state = this.createState(text);
    this.view?.setState(this.state);
    if (this.diagnosticsValue.length > 0) {
      this.applyDiagnostics();
    }
  }

  setReadonly(readonly: boolean): void {
    this.readonlyValue = readonly;
    this.dispatch({ effects: this.readOnlyConf.reconfigure(this.readOnlyExtension()) });
  }

  setLabel(label: string): void {
    this.labelValue = label;
    this.dispatch({ effects: this.labelConf.reconfigure(this.labelExtension()) });
  }

  setPhrases(phrases: Readonly<Record<string, string>>): void {
    this.phrasesValue = phrases;
    this.dispatch({ effects: this.phrasesConf.reconfigure(EditorState.phrases.of(this.phrasesValue)) });
  }

  setDiagnostics(diagnostics: readonly EditorDiagnostic[]): void {
    this.diagnosticsValue = diagnostics;
    this.applyDiagnostics();
  }

  goToLine(n: number): void {
    const doc = this.current().doc;
    const line = doc.line(clampLine(n, doc.lines));
    this.dispatch({
      selection: { anchor: line.from },
      effects: EditorView.scrollIntoView(line.from, { y: 'center' }),
    });
    this.view?.focus();
  }

  private current(): EditorState {
    return this.view ? this.view.state : this.state;
  }

  private dispatch(spec: TransactionSpec): void {
    if (this.view) {
      this.view.dispatch(spec);
    } else {
      this.state = this.state.update(spec).state;
    }
  }

  private applyDiagnostics(): void {
    const doc = this.current().doc;
    const diagnostics: CmDiagnostic[] = this.diagnosticsValue.map((d) => {
      const line = doc.line(clampLine(d.line, doc.lines));
      return {
        from: line.from,
        to: line.to,
        severity: d.severity === 'error' ? 'error' : 'warning',
        message: String(d.message ?? ''),
      };
    });
    this.dispatch(setDiagnostics(this.current(), diagnostics));
  }

  private readOnlyExtension(): Extension {
    return this.readonlyValue
      ? [EditorState.readOnly.of(true), EditorView.contentAttributes.of({ 'aria-readonly': 'true' })]
      : [];
  }

  private labelExtension(): Extension {
    return this.labelValue ? EditorView.contentAttributes.of({ 'aria-label': this.labelValue }) : [];
  }

  private createState(doc: string): EditorState {
    return EditorState.create({
      doc,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightActiveLine(),
        history(),
        drawSelection(),
        bracketMatching(),
        highlightSelectionMatches(),
        EditorView.lineWrapping,
        search({ top: true }),
        lintGutter(),
        markdown({ base: markdownLanguage, extensions: [frontMatter], completeHTMLTags: false }),
        syntaxHighlighting(highlighting),
        theme,
        // Tab indents; CodeMirror lets Escape then Tab move focus on, so the keyboard is never trapped
        keymap.of([...defaultKeymap, ...historyKeymap, ...searchKeymap, ...lintKeymap, indentWithTab]),
        EditorView.contentAttributes.of({ 'aria-describedby': this.options.describedBy }),
        this.readOnlyConf.of(this.readOnlyExtension()),
        this.labelConf.of(this.labelExtension()),
        this.phrasesConf.of(EditorState.phrases.of(this.phrasesValue)),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) {
            this.options.onDocChanged();
          }
          if (update.focusChanged && !update.view.hasFocus) {
            this.options.onBlur();
          }
        }),
      ],
    });
  }
}

/** 1-based line number, clamped to the document. */
function clampLine(n: unknown, lines: number): number {
  return Math.min(Math.max(1, Math.floor(Number(n) || 1)), lines);
}
