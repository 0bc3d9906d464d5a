import { describe, expect, it } from "vitest";
import { errorMessage, interpretCase, produceHere } from "../../src/exercises/produce";
import { decodeValue } from "../../src/exercises/values";
import { madeUpExercise } from "./madeUpExercise";

const base = madeUpExercise({ id: "test-produce" });

describe("produceHere", () => {
  it("hands each call a fresh copy of array arguments", () => {
    const input = [1, 2, 3];
    // A hostile answer that zeroes its input and returns the sum it saw first.
    const mutating = (v: number[]) => {
      const sum = v.reduce((a, b) => a + b, 0);
      v.fill(0);
      return sum;
    };
    const produce = produceHere(base, mutating);
    const first = produce([input]);
    const second = produce([input]);
    expect(first).toEqual(second);
    expect(input).toEqual([1, 2, 3]);
    expect("encoded" in first && decodeValue(first.encoded)).toEqual({ kind: "number", value: 6 });
  });

  it("captures a throw as text instead of crashing", () => {
    const produce = produceHere(base, () => {
      throw new TypeError("bad input");
    });
    expect(produce([1])).toEqual({ error: "TypeError: bad input" });
    expect(
      produceHere(base, () => {
        throw "a string";
      })([1]),
    ).toEqual({ error: "threw a string" });
    expect(errorMessage(42)).toBe("threw 42");
  });

  it("reads a value answer, or calls a zero-argument function, for the other kinds", () => {
    const numeric = { ...base, kind: "numeric" as const };
    const fromValue = produceHere(numeric, 0.25)([]);
    const fromThunk = produceHere(numeric, () => 0.25)([]);
    expect(fromValue).toEqual(fromThunk);
    expect("encoded" in fromValue && decodeValue(fromValue.encoded)).toEqual({ kind: "number", value: 0.25 });
  });
});

describe("interpretCase", () => {
  const formula = { ...base, kind: "formula" as const };

  it("evaluates a formula at the case's x", () => {
    const produced = produceHere(formula, "x^2 + 1")([3]);
    expect(interpretCase(formula, produced, [3])).toEqual({ value: { kind: "number", value: 10 } });
  });

  it("passes a production error through", () => {
    expect(interpretCase(formula, { error: "Error: boom" }, [1])).toEqual({ error: "Error: boom" });
  });

  it("turns a formula mathjs cannot read into an error, not a crash", () => {
    const produced = produceHere(formula, "x +* (")([1]);
    const outcome = interpretCase(formula, produced, [1]);
    expect("error" in outcome).toBe(true);
  });
});
