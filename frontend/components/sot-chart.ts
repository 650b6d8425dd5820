/*
 * <sot-chart>: a bar, line or doughnut chart.
 *
 * Properties: config ({type, labels, datasets: [{label, data, color?}], xTitle?, yTitle?, title?, stacked?,
 * horizontal?}) and label (the accessible name). The canvas is an image named by the label; a visually hidden
 * table repeats the figures for screen readers. Colours come from the app's CSS custom properties, resolved
 * when drawing, and the chart is redrawn when the page switches between light and dark.
 *
 * This module is small and always loaded; Chart.js (chart-engine.ts) is fetched the first time a chart with
 * a config is attached.
 */
import type { Chart } from 'chart.js';
import type { Colours } from './chart-engine';

export type SotChartType = 'bar' | 'line' | 'doughnut';

export interface SotChartSeries {
  label: string;
  data: number[];
  color?: string;
}

export interface SotChartConfig {
  type: SotChartType;
  labels: string[];
  datasets: SotChartSeries[];
  /** Title of the category axis (the labels), whichever way the bars run. */
  xTitle?: string;
  /** Title of the value axis. */
  yTitle?: string;
  title?: string;
  stacked?: boolean;
  horizontal?: boolean;
}

/** Teal, sand, slate, muted red, green: the app's variables, with their light-mode values as fallbacks. */
const PALETTE = [
  'var(--sot-teal, #1d5e66)',
  'var(--sot-sand, #b78a3e)',
  'var(--sot-slate, #55677a)',
  'var(--sot-red, #b3403a)',
  'var(--sot-green, #3d7a4a)',
];

const styles = `
  :host {
    display: block;
    position: relative;
    height: 16rem;
    color: var(--sot-text, #1d2a2e);
  }
  :host([hidden]) { display: none; }
  .chart { position: relative; width: 100%; height: 100%; }
  .sr-only, .probe {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

let engineModule: Promise<typeof import('./chart-engine')> | null = null;

function loadEngine(): Promise<typeof import('./chart-engine')> {
  engineModule ??= import('./chart-engine');
  return engineModule;
}

export class SotChart extends HTMLElement {
  private readonly canvas: HTMLCanvasElement;
  private readonly table: HTMLTableElement;
  private readonly probe: HTMLSpanElement;
  private chart: Chart | null = null;
  private configValue: SotChartConfig | null = null;
  private labelValue = '';
  private coloursKey = '';
  private frame = 0;
  private drawing: Promise<void> = Promise.resolve();
  private readonly schemeObserver = new MutationObserver(() => this.recolourSoon());
  private readonly darkQuery = window.matchMedia('(prefers-color-scheme: dark)');
  private readonly onSchemeChange = (): void => this.recolourSoon();

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = styles;
    const wrapper = document.createElement('div');
    wrapper.className = 'chart';
    this.canvas = document.createElement('canvas');
    this.canvas.setAttribute('role', 'img');
    wrapper.append(this.canvas);
    this.table = document.createElement('table');
    this.table.className = 'sr-only';
    this.probe = document.createElement('span');
    this.probe.className = 'probe';
    this.probe.setAttribute('aria-hidden', 'true');
    root.append(style, wrapper, this.table, this.probe);
  }

  connectedCallback(): void {
    // properties set before this element was defined shadow the accessors: re-apply them
    for (const name of ['config', 'label'] as const) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const pending = (this as Record<string, unknown>)[name];
        delete (this as Record<string, unknown>)[name];
        (this as Record<string, unknown>)[name] = pending;
      }
    }
    // Vaadin's colour scheme switch sets html[theme] and html's color-scheme style; "follow the system"
    // follows the operating system's setting
    this.schemeObserver.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['theme', 'style', 'class'],
    });
    this.darkQuery.addEventListener('change', this.onSchemeChange);
    this.render();
  }

  disconnectedCallback(): void {
    this.schemeObserver.disconnect();
    this.darkQuery.removeEventListener('change', this.onSchemeChange);
    cancelAnimationFrame(this.frame);
    this.chart?.destroy();
    this.chart = null;
  }

  get config(): SotChartConfig | null {
    return this.configValue;
  }

  set config(value: SotChartConfig | null | undefined) {
    this.configValue = value ?? null;
    this.render();
  }

  get label(): string {
    return this.labelValue;
  }

  set label(value: string | null | undefined) {
    this.labelValue = value ?? '';
    this.canvas.setAttribute('aria-label', this.labelValue);
    this.renderTable();
  }

  /** Resolves when the latest config has been drawn (for tests and screenshots). */
  whenDrawn(): Promise<void> {
    return this.drawing;
  }

  private recolourSoon(): void {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      if (this.chart && this.resolveColours().key !== this.coloursKey) {
        this.render(true);
      }
    });
  }

  private render(quiet = false): void {
    this.renderTable();
    if (!this.isConnected || !this.configValue) {
      return;
    }
    this.drawing = loadEngine().then((engine) => {
      const config = this.configValue;
      if (!this.isConnected || !config) {
        return;
      }
      const { colours, key } = this.resolveColours();
      this.coloursKey = key;
      this.chart = engine.drawChart(this.canvas, this.chart, config, colours, (css, fallback) =>
        this.resolveColour(css, fallback), quiet);
    });
  }

  /** The used value of a CSS colour (variables and light-dark() resolved against this element). */
  private resolveColour(css: string, fallback: string): string {
    this.probe.style.color = '';
    this.probe.style.color = css;
    if (!this.probe.style.color) {
      return fallback; // not a colour the browser understands
    }
    return getComputedStyle(this.probe).color || fallback;
  }

  private resolveColours(): { colours: Colours; key: string } {
    const text = this.resolveColour('var(--sot-text, #1d2a2e)', '#1d2a2e');
    const colours: Colours = {
      palette: PALETTE.map((css) => this.resolveColour(css, '#1d5e66')),
      text,
      muted: this.resolveColour('var(--sot-text-muted, #5a6b70)', text),
      grid: this.resolveColour('var(--sot-border, #dfe6e4)', 'rgba(0, 0, 0, 0.1)'),
      surface: this.resolveColour('var(--sot-surface, #ffffff)', '#ffffff'),
      font: getComputedStyle(this).fontFamily || 'sans-serif',
    };
    return { colours, key: JSON.stringify(colours) };
  }

  private renderTable(): void {
    const config = this.configValue;
    this.table.replaceChildren();
    const caption = this.table.createCaption();
    caption.textContent = this.labelValue || config?.title || '';
    if (!config) {
      return;
    }
    const head = this.table.createTHead().insertRow();
    const corner = document.createElement('th');
    corner.scope = 'col';
    corner.textContent = config.xTitle || '';
    head.append(corner);
    for (const series of config.datasets) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = series.label;
      head.append(th);
    }
    const body = this.table.createTBody();
    config.labels.forEach((label, index) => {
      const row = body.insertRow();
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = label;
      row.append(th);
      for (const series of config.datasets) {
        const value = series.data[index];
        row.insertCell().textContent = typeof value === 'number' ? value.toLocaleString() : '';
      }
    });
  }
}

if (!customElements.get('sot-chart')) {
  customElements.define('sot-chart', SotChart);
}

declare global {
  interface HTMLElementTagNameMap {
    'sot-chart': SotChart;
  }
}
