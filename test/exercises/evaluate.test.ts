import { describe, expect, it } from "vitest";
import { answerTypeProblem, casesOf, runCases } from "../../src/exercises/evaluate";
import { NOT_IMPLEMENTED, produceHere } from "../../src/exercises/produce";
import type { Exercise, Expectation } from "../../src/exercises/types";

// A made-up function exercise: doubling, three public cases and one hidden one.
const double: Exercise = {
  id: "test-double",
  kind: "function",
  notebook: "00-test",
  title: "Double it",
  statement: "Return 2x.",
  thinking: "implement",
  difficulty: 1,
  minutes: 1,
  points: 2,
  starter: "const double = (x: number): number => …",
  reference: (x: number) => 2 * x,
  publicCases: [[1], [2], [3]],
  hiddenCases: [[10]],
  mistakes: [],
};
// Written here by hand, not computed by the reference: 2·1, 2·2, 2·3, 2·10.
const expectations: Expectation[] = [2, 4, 6, 20].map((value) => ({ value: { kind: "number", value } }));

describe("casesOf", () => {
  it("runs hidden cases only in the 'all' scope, after the public ones", () => {
    expect(casesOf(double, "public").map((c) => c.hidden)).toEqual([false, false, false]);
    expect(casesOf(double, "all").map(({ args, hidden }) => [args, hidden])).toEqual([
      [[1], false],
      [[2], false],
      [[3], false],
      [[10], true],
    ]);
  });
});

describe("runCases", () => {
  it("gives full points to a right answer", () => {
    const result = runCases(
      double,
      produceHere(double, (x: number) => x + x),
      expectations,
      "all",
    );
    expect(result.passed).toBe(true);
    expect(result.points).toBe(2);
    expect(result.hints).toEqual([]);
  });

  it("gives points in proportion to the cases passed, rounded to cents", () => {
    // Right only for x = 2 (x² = 2x there): 1 of 3 public cases, 2·1/3 = 0.666… → 0.67.
    const result = runCases(
      double,
      produceHere(double, (x: number) => x * x),
      expectations,
      "public",
    );
    expect(result.cases.map((c) => c.passed)).toEqual([false, true, false]);
    expect(result.passed).toBe(false);
    expect(result.points).toBe(0.67);
    expect(result.maxPoints).toBe(2);
  });

  it("fails a case whose answer throws, keeping the error text", () => {
    const answer = (x: number) => {
      if (x === 3) throw new RangeError("too big");
      return 2 * x;
    };
    const result = runCases(double, produceHere(double, answer), expectations, "public");
    expect(result.cases[2]).toMatchObject({ passed: false, error: "RangeError: too big" });
    expect(result.points).toBe(1.33);
  });

  it("says 'not implemented' for a stub, with no score and no hints", () => {
    const withMistake: Exercise = {
      ...double,
      mistakes: [{ name: "constant", answer: () => 2, hint: "a constant" }],
    };
    const stub = () => {
      throw new Error(NOT_IMPLEMENTED);
    };
    const result = runCases(withMistake, produceHere(withMistake, stub), expectations, "public");
    expect(result.problem).toContain("not implemented");
    expect(result.points).toBe(0);
    expect(result.hints).toEqual([]);
  });
});

describe("answerTypeProblem", () => {
  it("accepts the kind's type, and a function for any kind", () => {
    expect(answerTypeProblem(double, "function")).toBeUndefined();
    expect(answerTypeProblem({ ...double, kind: "numeric" }, "number")).toBeUndefined();
    expect(answerTypeProblem({ ...double, kind: "numeric" }, "function")).toBeUndefined();
  });

  it("names the exercise, what it expects and what it got", () => {
    expect(answerTypeProblem({ ...double, kind: "numeric" }, "string")).toBe(
      'check("test-double", …) expects a number, but was given a string',
    );
    expect(answerTypeProblem(double, "number")).toContain("expects a function, but was given a number");
  });
});
