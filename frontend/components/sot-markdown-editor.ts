/*
 * <sot-markdown-editor>: the instructor's Markdown source editor.
 *
 * Properties: value (string), readonly (boolean, reflected to the attribute), diagnostics
 * ({line, message, severity: 'error' | 'warning'}[], replacing the previous set), label (accessible name of
 * the text area), hint (the keyboard hint screen readers read with it; English by default), phrases (CodeMirror's
 * own words, such as its search panel's, as {English: translation}, passed to EditorState.phrases). Method: goToLine(n), 1-based. Event: value-changed {detail: {value}}, fired about 400 ms
 * after typing stops and on blur, never for a value set from outside.
 *
 * This module is small and always loaded; CodeMirror itself (markdown-editor-engine.ts) is fetched the first
 * time an editor is attached. Until then the properties are kept here.
 */
import type { MarkdownEngine } from './markdown-editor-engine';

/** One problem on one (1-based) line, as the server sends it. */
export interface EditorDiagnostic {
  line: number;
  message: string;
  severity: 'error' | 'warning';
}

const CHANGE_DELAY_MS = 400;

const HINT =
  'Markdown. Tab indents; press Escape, then Tab, to leave the editor. ' +
  'Control+F (Command+F on a Mac) opens search and replace.';

const styles = `
  :host {
    display: block;
    position: relative;
    min-height: 8rem;
    border-radius: 8px;
  }
  :host([hidden]) { display: none; }
  :host(:focus-within) {
    outline: 3px solid var(--lumo-primary-color-50pct, rgba(29, 94, 102, 0.5));
    outline-offset: 2px;
  }
  :host([readonly]) .frame .cm-editor { background-color: var(--sot-bg, #f5f7f6); }
  .frame { height: 100%; }
  .hint {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

let engineModule: Promise<typeof import('./markdown-editor-engine')> | null = null;

function loadEngine(): Promise<typeof import('./markdown-editor-engine')> {
  engineModule ??= import('./markdown-editor-engine');
  return engineModule;
}

export class SotMarkdownEditor extends HTMLElement {
  static get observedAttributes(): string[] {
    return ['readonly'];
  }

  private readonly frame: HTMLDivElement;
  private engine: MarkdownEngine | null = null;
  private ready: Promise<void> | null = null;
  private text = '';
  private readonlyValue = false;
  private labelValue = '';
  private readonly hintElement: HTMLDivElement;
  private phrasesValue: Record<string, string> = {};
  private diagnosticsValue: EditorDiagnostic[] = [];
  private pendingLine: number | null = null;
  /** The value the server last knew (set by it or sent to it): no event repeats it. */
  private lastKnown = '';
  private timer: number | undefined;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = styles;
    const hint = document.createElement('div');
    hint.id = 'hint';
    hint.className = 'hint';
    hint.textContent = HINT;
    this.hintElement = hint;
    this.frame = document.createElement('div');
    this.frame.className = 'frame';
    root.append(style, hint, this.frame);
  }

  connectedCallback(): void {
    // properties set before this element was defined shadow the accessors: re-apply them
    for (const name of ['value', 'readonly', 'diagnostics', 'label', 'hint', 'phrases'] as const) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const pending = (this as Record<string, unknown>)[name];
        delete (this as Record<string, unknown>)[name];
        (this as Record<string, unknown>)[name] = pending;
      }
    }
    void this.whenReady().then(() => {
      if (this.isConnected && this.engine) {
        this.engine.mount(this.frame, this.shadowRoot!);
        if (this.pendingLine !== null) {
          const line = this.pendingLine;
          this.pendingLine = null;
          this.engine.goToLine(line);
        }
      }
    });
  }

  disconnectedCallback(): void {
    this.flush();
    this.engine?.unmount();
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    if (name === 'readonly') {
      this.readonly = value !== null;
    }
  }

  /** Resolves once CodeMirror is loaded and the editor exists (mounted while the element is connected). */
  whenReady(): Promise<void> {
    this.ready ??= loadEngine().then((module) => {
      this.engine = new module.MarkdownEngine({
        doc: this.text,
        readonly: this.readonlyValue,
        label: this.labelValue,
        phrases: this.phrasesValue,
        diagnostics: this.diagnosticsValue,
        describedBy: 'hint',
        onDocChanged: () => this.schedule(),
        onBlur: () => this.flush(),
      });
    });
    return this.ready;
  }

  get value(): string {
    return this.engine ? this.engine.value : this.text;
  }

  set value(value: string | null | undefined) {
    const text = value ?? '';
    this.lastKnown = text;
    if (text === this.value) {
      return;
    }
    // a new document from the server replaces the old one; a change still waiting to be sent is dropped
    window.clearTimeout(this.timer);
    this.timer = undefined;
    this.text = text;
    this.engine?.replaceDocument(text);
  }

  get readonly(): boolean {
    return this.readonlyValue;
  }

  set readonly(value: boolean) {
    const readonly = Boolean(value);
    if (readonly === this.readonlyValue) {
      return;
    }
    this.readonlyValue = readonly;
    this.toggleAttribute('readonly', readonly);
    this.engine?.setReadonly(readonly);
  }

  get label(): string {
    return this.labelValue;
  }

  set label(value: string | null | undefined) {
    this.labelValue = value ?? '';
    this.engine?.setLabel(this.labelValue);
  }

  get hint(): string {
    return this.hintElement.textContent ?? '';
  }

  set hint(value: string | null | undefined) {
    this.hintElement.textContent = value || HINT;
  }

  get phrases(): Record<string, string> {
    return this.phrasesValue;
  }

  set phrases(value: Record<string, string> | null | undefined) {
    this.phrasesValue = value && typeof value === 'object' ? value : {};
    this.engine?.setPhrases(this.phrasesValue);
  }

  get diagnostics(): EditorDiagnostic[] {
    return this.diagnosticsValue;
  }

  set diagnostics(value: EditorDiagnostic[] | null | undefined) {
    this.diagnosticsValue = Array.isArray(value) ? value : [];
    this.engine?.setDiagnostics(this.diagnosticsValue);
  }

  /** Scrolls line n (1-based, clamped to the document) into view, puts the cursor at its start, focuses. */
  goToLine(n: number): void {
    if (this.engine && this.isConnected) {
      this.engine.goToLine(n);
    } else {
      this.pendingLine = n;
    }
  }

  private schedule(): void {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.flush(), CHANGE_DELAY_MS);
  }

  private flush(): void {
    window.clearTimeout(this.timer);
    this.timer = undefined;
    const value = this.value;
    this.text = value;
    if (value === this.lastKnown) {
      return;
    }
    this.lastKnown = value;
    this.dispatchEvent(new CustomEvent('value-changed', { detail: { value } }));
  }
}

if (!customElements.get('sot-markdown-editor')) {
  customElements.define('sot-markdown-editor', SotMarkdownEditor);
}

declare global {
  interface HTMLElementTagNameMap {
    'sot-markdown-editor': SotMarkdownEditor;
  }
}
