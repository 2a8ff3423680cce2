import type { TopLevelSpec } from "vega-lite";

/** One data point of a chart: its category on the x axis, its series (colour) and its value. */
export interface ChartPoint {
  x: string;
  series: string;
  value: number;
}

/** A bar chart (stacked by series) or a line chart with a dot per point. */
export interface Chart {
  kind: "bar" | "line";
  points: ChartPoint[];
  xTitle: string;
  yTitle: string;
  /** Series in legend order, each with its colour. */
  series: Array<{ name: string; color: string }>;
  /** Category order on the x axis (otherwise the order of first appearance). */
  xOrder?: string[] | undefined;
  /** Show the series legend (default: when there is more than one series). */
  legend?: boolean | undefined;
  width?: number | undefined;
  height?: number | undefined;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

/** Our look: quiet axes, light grid, the page's font, legend on top. */
const CONFIG = {
  font: FONT,
  background: "#ffffff",
  view: { stroke: null },
  axis: {
    labelColor: "#475569",
    titleColor: "#334155",
    labelFontSize: 11,
    titleFontSize: 11,
    titleFontWeight: 600,
    gridColor: "#e2e8f0",
    domainColor: "#cbd5e1",
    tickColor: "#cbd5e1",
  },
  legend: { orient: "top", labelColor: "#334155", labelFontSize: 11, title: null, symbolType: "square" },
} as const;

/**
 * Renders a chart to an SVG string on the server with Vega-Lite compiled to Vega (`toSVG`): no
 * browser, no canvas, no script in the output. The root's `xmlns` attributes are dropped: inline SVG
 * in HTML needs none, and the page then holds no URL at all.
 * @see https://vega.github.io/vega/docs/api/view/#view_toSVG
 */
export async function renderChart(chart: Chart): Promise<string> {
  const order = chart.xOrder ?? [...new Set(chart.points.map((p) => p.x))];
  const names = chart.series.map((s) => s.name);
  const color = {
    field: "series",
    type: "nominal",
    scale: { domain: names, range: chart.series.map((s) => s.color) },
    sort: names,
    legend: (chart.legend ?? names.length > 1) ? {} : null,
  } as const;
  const x = {
    field: "x",
    type: "ordinal",
    sort: order,
    title: chart.xTitle,
    axis: { labelAngle: order.length > 8 ? -40 : 0, labelLimit: 200 },
  } as const;
  const y = { field: "value", type: "quantitative", title: chart.yTitle, axis: { tickMinStep: 1 } } as const;
  const width = chart.width ?? 440;
  // Few categories would make slabs: a bar is at most 48 px wide.
  const barWidth = Math.min(48, Math.floor((0.7 * width) / Math.max(1, order.length)));
  const spec: TopLevelSpec = {
    width,
    height: chart.height ?? 200,
    data: { values: chart.points },
    config: CONFIG,
    ...(chart.kind === "bar"
      ? {
          mark: { type: "bar", cornerRadiusEnd: names.length > 1 ? 0 : 2, width: barWidth },
          encoding: { x: { ...x, axis: { ...x.axis } }, y: { ...y, stack: "zero" }, color },
        }
      : {
          mark: { type: "line", point: { filled: true, size: 36 }, strokeWidth: 2 },
          encoding: { x, y, color },
        }),
  } as TopLevelSpec;
  // Loaded on first use: every other command starts without the chart libraries.
  const [{ parse, View }, { compile }] = await Promise.all([import("vega"), import("vega-lite")]);
  const view = new View(parse(compile(spec).spec), { renderer: "none" });
  try {
    const svg = await view.toSVG();
    return svg.replace(
      /^<svg([^>]*)>/,
      (_, attrs: string) => `<svg${attrs.replace(/ xmlns(:xlink)?="[^"]*"/g, "")}>`,
    );
  } finally {
    view.finalize();
  }
}
