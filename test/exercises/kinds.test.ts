import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { callsWithCaseArgs, kinds } from "../../src/exercises/kinds";
import type { Value } from "../../src/exercises/types";
import { madeUpExercise } from "./madeUpExercise";

const base = madeUpExercise({ id: "test-kind" });

const num = (value: number): Value => ({ kind: "number", value });
const text = (t: string): Value => ({ kind: "text", text: t });

describe("function kind", () => {
  it("matches within the default tolerance (1e-9 + 1e-7·|expected|) and not beyond", () => {
    const { matches } = kinds.function;
    expect(matches(num(1 + 5e-8), num(1), base)).toBe(true);
    expect(matches(num(1 + 1e-6), num(1), base)).toBe(false);
    expect(matches(num(1e6 + 0.05), num(1e6), base)).toBe(true); // relative part: 0.1 allowed
    expect(matches(num(1e6 + 0.2), num(1e6), base)).toBe(false);
  });

  it("uses the exercise's own tolerance when it has one", () => {
    const loose = { ...base, tolerance: { absolute: 0.01, relative: 0 } };
    expect(kinds.function.matches(num(1.005), num(1), loose)).toBe(true);
    expect(kinds.function.matches(num(1.02), num(1), loose)).toBe(false);
  });
});

describe("formula kind", () => {
  it("evaluates the expression at the case's x", () => {
    // x·(1 − x) at x = 3 is −6, at 0.5 is 0.25
    expect(kinds.formula.interpret(text("x * (1 - x)"), [3])).toEqual(num(-6));
    expect(kinds.formula.interpret(text("x * (1 - x)"), [0.5])).toEqual(num(0.25));
  });

  it("tells equal formulas from different ones over a grid of x", () => {
    const formula = { ...base, kind: "formula" as const };
    const at = (expr: string, x: number) => kinds.formula.interpret(text(expr), [x]);
    const grid = [-2, -0.5, 0, 0.7, 3];
    const agree = (a: string, b: string) => grid.every((x) => kinds.formula.matches(at(a, x), at(b, x), formula));
    expect(agree("x * (1 - x)", "x - x^2")).toBe(true);
    expect(agree("x * (1 - x)", "x + x^2")).toBe(false);
  });
});

describe("numeric kind", () => {
  const numeric = { ...base, kind: "numeric" as const, significantDigits: 3 };

  it("compares to the exercise's significant digits", () => {
    expect(kinds.numeric.matches(num(0.09623), num(0.0962250449), numeric)).toBe(true);
    expect(kinds.numeric.matches(num(0.0966), num(0.0962250449), numeric)).toBe(false);
  });

  it("digests the rounded value salted with the id, so the digest hides the answer", () => {
    const expected = createHash("sha256").update("test-kind:0.0962").digest("hex");
    expect(kinds.numeric.digest?.(num(0.09622504), numeric)).toBe(expected);
    expect(kinds.numeric.digest?.(num(0.09622504), { ...numeric, id: "other" })).not.toBe(expected);
  });
});

describe("choice kind", () => {
  const choice = { ...base, kind: "choice" as const };

  it("accepts the letter in either case and with spaces around", () => {
    expect(kinds.choice.matches(text(" b "), text("B"), choice)).toBe(true);
    expect(kinds.choice.matches(text("C"), text("B"), choice)).toBe(false);
  });

  it("digests the upper-cased letter", () => {
    const expected = createHash("sha256").update("test-kind:B").digest("hex");
    expect(kinds.choice.digest?.(text("b"), choice)).toBe(expected);
  });
});

describe("callsWithCaseArgs", () => {
  it("calls only function answers per case", () => {
    expect(callsWithCaseArgs("function")).toBe(true);
    expect(["numeric", "formula", "choice"].map((k) => callsWithCaseArgs(k as "numeric"))).toEqual([
      false,
      false,
      false,
    ]);
  });
});
