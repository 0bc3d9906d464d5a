/**
 * A figure with a slider over one parameter, every position computed beforehand: the figure carries
 * one Plotly slider step per value, and each step's `update` command swaps in that value's x, y and
 * z arrays (and title), for the traces that change at all (a trace that is the same in every frame
 * is sent once). Dragging it needs no kernel, so it works in the live notebook, the offline
 * book and the slides alike. Frames are ordinary figures, so any builder can draw one:
 *
 * @example show(sliderFigure({ parameter: { name: "β", values: [0.5, 1, 2, 4] },
 *   frame: (beta) => activationFigure(activation("swish", { beta }), { title: `Swish, β = ${beta}` }) }))
 */
import type { Figure, Layout, SliderStep, Trace } from "./types";

export interface SliderParameter<T> {
  /** Shown before the current value, e.g. "α". */
  readonly name: string;
  readonly values: readonly T[];
  /** Each step's tick label; default: numbers to 3 significant digits, anything else String(value). */
  readonly label?: (value: T) => string;
  /** Index of the value drawn first (default the middle one). */
  readonly initial?: number;
}

export interface SliderFigureOptions<T> {
  readonly parameter: SliderParameter<T>;
  /** The figure (or just its traces) for one value; every frame needs the same traces, in order. */
  readonly frame: (value: T) => Figure | readonly Trace[];
}

/** The per-trace arrays a step replaces; whatever else a frame changes (colours, axes) stays. */
const SWAPPED_KEYS = ["x", "y", "z"] as const;

const defaultLabel = (value: unknown): string =>
  typeof value === "number" ? String(Number(value.toPrecision(3))) : String(value);

function frameFigure(result: Figure | readonly Trace[]): Figure {
  return Array.isArray(result) ? { data: [...(result as readonly Trace[])], layout: {} } : (result as Figure);
}

function checkFrame(reference: Figure, frame: Figure, label: string): void {
  const problem =
    frame.data.length !== reference.data.length
      ? `has ${frame.data.length} traces but the first frame has ${reference.data.length}`
      : frame.data
          .map(
            (trace, i) =>
              trace.type !== reference.data[i].type && `trace ${i} is a ${trace.type}, was a ${reference.data[i].type}`,
          )
          .find(Boolean);
  if (problem)
    throw new Error(`sliderFigure: the frame for ${label} ${problem}; every frame must draw the same traces`);
}

/** The one step that redraws `frame`'s moving traces (Plotly.update(traceUpdate, layoutUpdate, traces)). */
function step(frame: Figure, label: string, moving: readonly number[]): SliderStep {
  const traceUpdate: Record<string, unknown[]> = {};
  for (const key of SWAPPED_KEYS) {
    const values = moving.map((i) => (frame.data[i] as unknown as Record<string, unknown>)[key] ?? null);
    if (values.some((value) => value !== null)) traceUpdate[key] = values;
  }
  const layoutUpdate = frame.layout.title === undefined ? {} : { "title.text": frame.layout.title.text };
  return { label, method: "update", args: [traceUpdate, layoutUpdate, [...moving]] };
}

/** Traces whose x, y and z differ between some frames; the others (a fixed data cloud) travel once. */
function movingTraces(frames: readonly Figure[]): number[] {
  const arrays = (figure: Figure, i: number) =>
    JSON.stringify(SWAPPED_KEYS.map((key) => (figure.data[i] as unknown as Record<string, unknown>)[key]));
  return frames[0].data
    .map((_, i) => i)
    .filter((i) => frames.some((figure) => arrays(figure, i) !== arrays(frames[0], i)));
}

export function sliderFigure<T>({ parameter, frame }: SliderFigureOptions<T>): Figure {
  const { name, values, label = defaultLabel } = parameter;
  if (values.length < 2)
    throw new Error(`sliderFigure: parameter '${name}' needs at least 2 values to slide over, got ${values.length}`);
  const initial = parameter.initial ?? Math.floor((values.length - 1) / 2);
  if (!Number.isInteger(initial) || initial < 0 || initial >= values.length)
    throw new Error(`sliderFigure: initial must be an index from 0 to ${values.length - 1}, got ${initial}`);
  const labels = values.map(label);
  const frames = values.map((value) => frameFigure(frame(value)));
  frames.forEach((f, i) => checkFrame(frames[0], f, `${name} = ${labels[i]}`));
  const shown = frames[initial];
  const moving = movingTraces(frames);
  const height = (shown.layout.height ?? 420) + 90; // room for the slider under the x axis
  const layout: Layout = {
    ...shown.layout,
    height,
    margin: { ...shown.layout.margin, b: 130 },
    sliders: [
      {
        active: initial,
        currentvalue: { prefix: `${name} = `, visible: true, xanchor: "left" },
        pad: { t: 60 },
        steps: frames.map((f, i) => step(f, labels[i], moving)),
      },
    ],
  };
  return { data: shown.data, layout, config: shown.config ?? { responsive: true, displaylogo: false } };
}
