import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { activation } from "../../src/activations/activation";
import { activationFigure } from "../../src/plots/activationFigure";
import { heatmapFigure } from "../../src/plots/heatmapFigure";
import { sliderFigure } from "../../src/plots/sliderFigure";
import type { Figure, ScatterTrace, Trace } from "../../src/plots/types";

/**
 * What Plotly.update(figure, traceUpdate, layoutUpdate, indices) does to the data, written out here
 * (plotly.js needs a browser): each key's i-th value replaces that key of trace indices[i].
 */
function applyStep(figure: Figure, stepIndex: number): { data: Trace[]; title?: string } {
  const [traceUpdate, layoutUpdate, indices] = figure.layout.sliders![0].steps[stepIndex].args as [
    Record<string, unknown[]>,
    Record<string, string>,
    number[],
  ];
  const data = figure.data.map((trace) => ({ ...trace }) as Record<string, unknown>);
  for (const [key, values] of Object.entries(traceUpdate)) {
    indices.forEach((traceIndex, i) => {
      if (values[i] === null) delete data[traceIndex][key];
      else data[traceIndex][key] = values[i];
    });
  }
  return { data: data as unknown as Trace[], title: layoutUpdate["title.text"] ?? figure.layout.title?.text };
}

const line = (slope: number, offset = 0): ScatterTrace => ({
  type: "scatter",
  mode: "lines",
  x: [0, 1, 2],
  y: [offset, offset + slope, offset + 2 * slope],
});

describe("sliderFigure", () => {
  it("selecting step k redraws exactly the figure frame(values[k]) would draw (a Plotly.update emulated)", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: -50, max: 50 }), { minLength: 2, maxLength: 8 }), (slopes) => {
        const frame = (slope: number): Trace[] => [line(slope), line(-slope, 3)];
        const figure = sliderFigure({ parameter: { name: "a", values: slopes }, frame });
        slopes.forEach((slope, k) => expect(applyStep(figure, k).data).toEqual(frame(slope)));
      }),
    );
  });

  it("starts at the middle value (or `initial`), with one labelled step per value and the name as prefix", () => {
    const figure = sliderFigure({ parameter: { name: "α", values: [0.1, 0.25, 1 / 3, 2] }, frame: (a) => [line(a)] });
    const slider = figure.layout.sliders![0];
    expect(slider.active).toBe(1);
    expect(figure.data).toEqual([line(0.25)]);
    expect(slider.steps.map((s) => s.label)).toEqual(["0.1", "0.25", "0.333", "2"]);
    expect(slider.currentvalue?.prefix).toBe("α = ");
    const last = sliderFigure({ parameter: { name: "α", values: [1, 2, 3], initial: 2 }, frame: (a) => [line(a)] });
    expect(last.data).toEqual([line(3)]);
  });

  it("composes with the figure builders: frames are figures, titles change with the step", () => {
    const figure = sliderFigure({
      parameter: { name: "β", values: [0.5, 1, 4] },
      frame: (beta) => activationFigure(activation("swish", { beta }), { title: `Swish, β = ${beta}` }),
    });
    const atFour = activationFigure(activation("swish", { beta: 4 }), { title: "Swish, β = 4" });
    expect(applyStep(figure, 2)).toEqual({ data: atFour.data, title: "Swish, β = 4" });
    expect(figure.layout.title?.text).toBe("Swish, β = 1");
    expect(JSON.parse(JSON.stringify(figure))).toEqual(figure); // plain data: no functions to lose
  });

  it("swaps z for grid traces, and leaves out keys no trace has", () => {
    const figure = sliderFigure({ parameter: { name: "k", values: [1, 2] }, frame: (k) => heatmapFigure([[k, -k]]) });
    expect(Object.keys(figure.layout.sliders![0].steps[0].args[0] as object)).toEqual(["z"]);
    expect(applyStep(figure, 1).data).toEqual(heatmapFigure([[2, -2]]).data);
  });

  it("sends a trace that is the same in every frame once, and updates only the others", () => {
    const cloud: ScatterTrace = { type: "scatter", mode: "markers", x: [1, 2, 3], y: [3, 1, 2] };
    const figure = sliderFigure({ parameter: { name: "a", values: [1, 2, 3] }, frame: (a) => [cloud, line(a)] });
    for (const [k, a] of [1, 2, 3].entries()) {
      expect(figure.layout.sliders![0].steps[k].args[2]).toEqual([1]);
      expect(applyStep(figure, k).data).toEqual([cloud, line(a)]);
    }
  });

  it("rejects fewer than two values, a bad initial index and frames with different traces", () => {
    expect(() => sliderFigure({ parameter: { name: "a", values: [1] }, frame: (a) => [line(a)] })).toThrow(
      "parameter 'a' needs at least 2 values",
    );
    expect(() =>
      sliderFigure({ parameter: { name: "a", values: [1, 2], initial: 2 }, frame: (a) => [line(a)] }),
    ).toThrow("initial must be an index from 0 to 1, got 2");
    expect(() =>
      sliderFigure({
        parameter: { name: "a", values: [1, 2] },
        frame: (a) => (a === 1 ? [line(a)] : [line(a), line(a)]),
      }),
    ).toThrow("the frame for a = 2 has 2 traces but the first frame has 1");
  });
});
