/**
 * Plotly figures as plain data: exactly what `Plotly.newPlot(element, data, layout, config)` takes,
 * typed by small interfaces of our own (only the attributes the course uses) so the builders are
 * testable without a browser and the emitted .d.ts needs no @types/plotly.js.
 * Attribute names and meanings follow https://plotly.com/javascript/reference/.
 */

/** Fields every trace may carry. `xaxis: "x2"` places a trace on the second subplot's axes. */
export interface TraceBase {
  name?: string;
  showlegend?: boolean;
  /** Traces in one group toggle together when a legend entry is clicked. */
  legendgroup?: string;
  visible?: boolean | "legendonly";
  xaxis?: string;
  yaxis?: string;
  hovertemplate?: string;
  opacity?: number;
}

export interface LineStyle {
  color?: string;
  width?: number;
  dash?: "solid" | "dash" | "dot" | "dashdot";
}

export interface MarkerStyle {
  color?: string | number[];
  size?: number | number[];
  symbol?: string;
  line?: { color?: string; width?: number };
}

/** Lines and points. A `null` in `y` leaves a gap (NaN becomes null in JSON anyway). */
export interface ScatterTrace extends TraceBase {
  type: "scatter";
  mode: "lines" | "markers" | "lines+markers";
  x: number[];
  y: (number | null)[];
  line?: LineStyle;
  marker?: MarkerStyle;
}

/** Bars at given positions (a histogram whose bins are computed beforehand, so the JSON stays small). */
export interface BarTrace extends TraceBase {
  type: "bar";
  x: number[];
  y: number[];
  /** Bar widths in data units. */
  width?: number | number[];
  marker?: MarkerStyle;
}

/** A colour-scale entry: [position in 0…1, CSS colour]. */
export type ColorscaleStop = [number, string];

/** Values on a grid: z[row][column] is at (x[column], y[row]). */
export interface GridTraceBase extends TraceBase {
  x?: number[];
  y?: number[];
  z: number[][];
  colorscale?: string | ColorscaleStop[];
  /** Centre of the colour scale (0 for signed matrices such as Jacobians). */
  zmid?: number;
  zmin?: number;
  zmax?: number;
  showscale?: boolean;
  colorbar?: { title?: { text: string } };
}

export interface HeatmapTrace extends GridTraceBase {
  type: "heatmap";
}

export interface ContourTrace extends GridTraceBase {
  type: "contour";
  contours?: {
    coloring?: "fill" | "heatmap" | "lines" | "none";
    showlabels?: boolean;
    start?: number;
    end?: number;
    size?: number;
  };
  ncontours?: number;
  line?: LineStyle;
}

/** A 3-D surface (drawn with WebGL, so it needs a browser with WebGL; contours do not). */
export interface SurfaceTrace extends GridTraceBase {
  type: "surface";
}

export type Trace = ScatterTrace | BarTrace | HeatmapTrace | ContourTrace | SurfaceTrace;

export interface AxisTitle {
  text: string;
}

export interface Axis {
  title?: AxisTitle;
  range?: [number, number];
  type?: "linear" | "log";
  autorange?: boolean | "reversed";
  zeroline?: boolean;
  showgrid?: boolean;
  /** Ties this axis's scale to another ("x" keeps squares square). */
  scaleanchor?: string;
  scaleratio?: number;
  /** With scaleanchor: "domain" shrinks the plot area instead of widening the range. */
  constrain?: "range" | "domain";
  /** Shares zoom and pan with another axis ("x" links subplots). */
  matches?: string;
  showticklabels?: boolean;
  side?: "top" | "bottom" | "left" | "right";
  /** Tick positions and their labels (e.g. a matrix's row names). */
  tickvals?: number[];
  ticktext?: string[];
}

/** Text placed on the figure; with `xref: "x2 domain"` it sits relative to a subplot. */
export interface Annotation {
  text: string;
  x: number;
  y: number;
  xref: string;
  yref: string;
  showarrow: boolean;
  xanchor?: "left" | "center" | "right";
  yanchor?: "top" | "middle" | "bottom";
  font?: { size?: number; color?: string };
}

export interface Layout {
  title?: { text: string };
  xaxis?: Axis;
  yaxis?: Axis;
  /** Further subplots' axes: xaxis2, yaxis2, … */
  [axis: `xaxis${number}` | `yaxis${number}`]: Axis | undefined;
  /** Small multiples: the subplots of traces with xaxis "x2", "x3", … in a rows × columns grid. */
  grid?: { rows: number; columns: number; pattern: "independent" | "coupled" };
  annotations?: Annotation[];
  scene?: { xaxis?: Axis; yaxis?: Axis; zaxis?: Axis };
  width?: number;
  height?: number;
  showlegend?: boolean;
  legend?: { orientation?: "h" | "v"; x?: number; y?: number };
  hovermode?: "closest" | "x" | "x unified" | false;
  barmode?: "overlay" | "group";
  bargap?: number;
  margin?: { l?: number; r?: number; t?: number; b?: number };
  /** Sliders whose steps run Plotly commands in the page (built by sliderFigure). */
  sliders?: Slider[];
}

/** One slider position: Plotly[method](figure, ...args) runs when it is selected. */
export interface SliderStep {
  label: string;
  method: "update" | "restyle" | "relayout";
  args: unknown[];
}

export interface Slider {
  active: number;
  steps: SliderStep[];
  currentvalue?: { prefix?: string; visible?: boolean; xanchor?: "left" | "center" | "right" };
  pad?: { t?: number; b?: number; l?: number; r?: number };
}

/** Options for the plotting library itself (not the figure's look). */
export interface FigureConfig {
  responsive?: boolean;
  displaylogo?: boolean;
  staticPlot?: boolean;
}

/** A whole figure: `show(figure)` draws it in a notebook, and it serialises to JSON as is. */
export interface Figure {
  data: Trace[];
  layout: Layout;
  config?: FigureConfig;
}
