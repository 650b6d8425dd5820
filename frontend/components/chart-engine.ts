/*
 * The Chart.js part of <sot-chart>, loaded on first use (a separate chunk of the production bundle, so pages
 * without a chart never download it). Registers only what the app draws: bar, line and doughnut controllers,
 * their elements, category and linear scales, tooltip, legend and title.
 */
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  type ChartDataset,
  type ChartOptions,
  DoughnutController,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Title,
  Tooltip,
} from 'chart.js';
import type { SotChartConfig, SotChartSeries } from './sot-chart';

Chart.register(
  BarController,
  LineController,
  DoughnutController,
  BarElement,
  LineElement,
  PointElement,
  ArcElement,
  CategoryScale,
  LinearScale,
  Tooltip,
  Legend,
  Title,
);

/** Colours and font already resolved to values a canvas understands. */
export interface Colours {
  palette: string[];
  text: string;
  muted: string;
  grid: string;
  surface: string;
  font: string;
}

/** Resolves any CSS colour (variables, light-dark()) to a canvas colour, or returns the fallback. */
export type ColourResolver = (css: string, fallback: string) => string;

/** Draws the chart on the canvas, reusing the existing chart when the type is unchanged. */
export function drawChart(
  canvas: HTMLCanvasElement,
  existing: Chart | null,
  config: SotChartConfig,
  colours: Colours,
  resolve: ColourResolver,
  quiet: boolean,
): Chart {
  const chartConfig = toChartJs(config, colours, resolve);
  if (existing && (existing.config as ChartConfiguration).type === config.type) {
    existing.data = chartConfig.data;
    existing.options = chartConfig.options ?? {};
    existing.update(quiet ? 'none' : undefined);
    return existing;
  }
  existing?.destroy();
  return new Chart(canvas, chartConfig);
}

/** rgb(r, g, b) -> rgba(r, g, b, alpha); other notations are returned unchanged. */
function withAlpha(colour: string, alpha: number): string {
  const rgb = /^rgba?\(\s*([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)/.exec(colour);
  return rgb ? `rgba(${rgb[1]}, ${rgb[2]}, ${rgb[3]}, ${alpha})` : colour;
}

function toChartJs(
  config: SotChartConfig,
  colours: Colours,
  resolve: ColourResolver,
): ChartConfiguration {
  const font = { family: colours.font, size: 12 };
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const doughnut = config.type === 'doughnut';
  const seriesColour = (series: SotChartSeries, index: number): string => {
    const paletteColour = colours.palette[index % colours.palette.length];
    return series.color ? resolve(series.color, paletteColour) : paletteColour;
  };

  const datasets = config.datasets.map((series, index): ChartDataset => {
    if (doughnut) {
      return {
        label: series.label,
        data: series.data,
        backgroundColor: config.labels.map((_, i) => colours.palette[i % colours.palette.length]),
        borderColor: colours.surface,
        borderWidth: 2,
      } as ChartDataset<'doughnut'>;
    }
    const colour = seriesColour(series, index);
    if (config.type === 'line') {
      return {
        label: series.label,
        data: series.data,
        borderColor: colour,
        backgroundColor: withAlpha(colour, 0.2),
        pointBackgroundColor: colour,
        pointRadius: 3,
        tension: 0.25,
      } as ChartDataset<'line'>;
    }
    return {
      label: series.label,
      data: series.data,
      backgroundColor: colour,
      borderColor: colour,
      borderWidth: 0,
      borderRadius: 4,
      maxBarThickness: 48,
    } as ChartDataset<'bar'>;
  });

  const titleOf = (text: string | undefined) => ({
    display: Boolean(text),
    text: text ?? '',
    color: colours.muted,
    font: { ...font, weight: 600 as const },
  });
  const indexAxis = config.horizontal && !doughnut ? 'y' : 'x';
  const valueAxis = indexAxis === 'x' ? 'y' : 'x';
  const scales = doughnut
    ? {}
    : {
        [indexAxis]: {
          type: 'category' as const,
          stacked: Boolean(config.stacked),
          title: titleOf(config.xTitle),
          ticks: { color: colours.muted, font },
          grid: { display: false },
          border: { color: colours.grid },
        },
        [valueAxis]: {
          type: 'linear' as const,
          beginAtZero: true,
          stacked: Boolean(config.stacked),
          title: titleOf(config.yTitle),
          ticks: { color: colours.muted, font },
          grid: { color: colours.grid },
          border: { color: colours.grid },
        },
      };

  const options: ChartOptions = {
    responsive: true,
    maintainAspectRatio: false,
    animation: reducedMotion ? false : { duration: 400 },
    indexAxis,
    color: colours.text,
    scales,
    plugins: {
      legend: {
        display: doughnut || config.datasets.length > 1,
        position: 'bottom',
        labels: { color: colours.text, font, boxWidth: 12, boxHeight: 12 },
      },
      title: {
        display: Boolean(config.title),
        text: config.title ?? '',
        color: colours.text,
        font: { ...font, size: 14, weight: 600 },
      },
      tooltip: { titleFont: font, bodyFont: font },
    },
  } as ChartOptions;

  return { type: config.type, data: { labels: config.labels, datasets }, options } as ChartConfiguration;
}

