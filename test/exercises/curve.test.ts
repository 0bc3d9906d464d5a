import { describe, expect, it } from "vitest";
import { exerciseBank } from "../../src/exercises/bank/index";
import {
  CURVE_POINTS,
  curveValues,
  curveXs,
  expectedCurve,
  mistakeFigure,
  publicCurves,
} from "../../src/exercises/curve";
import { runCases } from "../../src/exercises/evaluate";
import { referenceExpectations } from "../../src/exercises/expected";
import { produceHere } from "../../src/exercises/produce";
import { exercise } from "../../src/exercises/registry";
import type { Exercise } from "../../src/exercises/types";

describe("the mistake drawn as a curve", () => {
  const sigmoidDerivative = exercise("sigmoid-derivative");
  const wrong = (x: number) => 1 / (1 + Math.exp(-x)); // σ itself, not σ′
  const result = runCases(
    sigmoidDerivative,
    produceHere(sigmoidDerivative, wrong),
    referenceExpectations(sigmoidDerivative, "public"),
    "public",
  );

  it("draws the expected curve (dashed), the answer, and the failing cases at the answer's values", () => {
    const expected = expectedCurve(sigmoidDerivative, {}) ?? [];
    const figure = mistakeFigure(sigmoidDerivative, wrong, expected, result.cases);
    const [expectedTrace, answerTrace, failing] = figure.data as { name: string; x: number[]; y: number[] }[];
    expect(expectedTrace.name).toBe("expected");
    const x = expectedTrace.x[75];
    expect(answerTrace.y[75]).toBeCloseTo(1 / (1 + Math.exp(-x)), 12); // σ, drawn as the learner wrote it
    expect(expectedTrace.y[75]).toBeCloseTo(Math.exp(-x) / (1 + Math.exp(-x)) ** 2, 12); // σ′
    const failingCases = result.cases.filter((c) => !c.passed && Math.abs(Number(c.args[0])) <= 8);
    expect(failing.x).toEqual(failingCases.map((c) => c.args[0]));
    expect(failing.y).toEqual(failingCases.map((c) => (c.actual?.kind === "number" ? c.actual.value : NaN)));
  });

  it("ships the student edition's expected curves as values, equal to the reference's, for curve exercises only", () => {
    const curves = publicCurves(exerciseBank);
    const withCurve = exerciseBank.filter((e) => e.curve !== undefined);
    expect(Object.keys(curves).sort()).toEqual(withCurve.map((e) => e.id).sort());
    for (const entry of withCurve) {
      expect(curves[entry.id]).toHaveLength(CURVE_POINTS);
      const studentEdition: Exercise = { ...entry, reference: undefined };
      expect(expectedCurve(studentEdition, curves)).toEqual(
        curveValues(entry, entry.reference).map((y) => (Number.isFinite(y) ? y : null)),
      );
    }
  });

  it("has curves only for one-variable function exercises, on a range that contains a public case", () => {
    for (const entry of exerciseBank.filter((e) => e.curve !== undefined)) {
      expect(entry.kind, entry.id).toBe("function");
      const [low, high] = entry.curve?.range ?? [0, 0];
      expect(curveXs(entry)[0]).toBe(low);
      expect(
        entry.publicCases.some(([x]) => typeof x === "number" && x >= low && x <= high),
        entry.id,
      ).toBe(true);
    }
  });
});
