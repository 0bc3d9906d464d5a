import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { exerciseBank } from "../../src/exercises/bank/index";
import { check } from "../../src/exercises/check";
import { formatProgress, readProgress } from "../../src/exercises/progress";
import { activation, sigmoid, softmaxJacobian } from "../../src/index";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "actlab-progress-"));
  process.env.ACTLAB_PROGRESS_FILE = join(dir, "progress.json");
});
afterAll(() => {
  delete process.env.ACTLAB_PROGRESS_FILE;
  rmSync(dir, { recursive: true, force: true });
});

function quietly<T>(run: () => T): { value: T; printed: string } {
  const spy = vi.spyOn(console, "log").mockImplementation(() => undefined);
  try {
    const value = run();
    return { value, printed: spy.mock.calls.map((call) => call.join(" ")).join("\n") };
  } finally {
    spy.mockRestore();
  }
}

describe("check() in a notebook", () => {
  it("confirms a correct formula symbolically as well as on the grid, and says nothing symbolic about a wrong one", () => {
    // SiLU′ written differently from the reference: σ(x)(1 + x(1 − σ(x)))
    const right = quietly(() => check("silu-derivative-formula", "(1 + x * (1 - 1 / (1 + exp(-x)))) / (1 + exp(-x))"));
    expect(right.value.passed).toBe(true);
    expect(right.printed).toContain("mathjs confirms symbolically that your formula equals the reference");
    const wrong = quietly(() => check("silu-derivative-formula", "1 / (1 + exp(-x))"));
    expect(wrong.value.passed).toBe(false);
    expect(wrong.printed).not.toContain("symbolically");
  });

  it("prints a pass as public checks only, never as 'all tests passed'", () => {
    const { value, printed } = quietly(() => check("sigmoid-stable", sigmoid));
    expect(printed).toContain("public checks passed; hidden checks run at grading");
    expect(printed).not.toMatch(/all tests passed/i);
    expect(value.points).toBe(2);
    // the feedback is printed once; the cell's value shows only as a receipt, not the verdict again
    expect(inspect(value)).toMatch(
      /^\(recorded \d+\/\d+ points for sigmoid-stable; progress\(\) lists every exercise\)$/,
    );
    expect(printed).not.toContain(inspect(value));
  });

  it("prints the first failing case's input, expected and actual values, and the matching hint", () => {
    const { printed } = quietly(() => check("tanh-derivative", (x: number) => 1 - Math.tanh(x)));
    expect(printed).toMatch(/first failing case: \(0\.5\)\n {4}expected 0\.7864477\d*\n {4}got {6}0\.5378828\d*/);
    expect(printed).toContain("hint: tanh′(x) = 1 − tanh(x)²: the tanh is squared");
  });

  it.each([
    ["a sign error", "sigmoid-derivative", (x: number) => -sigmoid(x) * (1 - sigmoid(x)), "a sign error"],
    ["overflow", "sigmoid-derivative", (x: number) => Math.exp(-x) / (1 + Math.exp(-x)) ** 2, "overflow at large |x|"],
    [
      "a swallowed NaN",
      "sigmoid-stable",
      (x: number) => (Number.isNaN(x) ? 0 : x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x))),
      "NaN must propagate",
    ],
    ["a missing return", "sigmoid-stable", () => undefined, "is a `return` missing?"],
    [
      "a wrong shape",
      "softmax-jacobian",
      (x: number[]) => x,
      "wrong shape: expected a 3×3 matrix, got a vector of length 3",
    ],
  ])("diagnoses %s without a listed mistake", (_, id, answer, hint) => {
    expect(quietly(() => check(id, answer)).value.hints.join("\n")).toContain(hint);
  });

  it("says what it expected when given the wrong kind of answer, and suggests ids", () => {
    expect(quietly(() => check("softmax-jacobian", 3)).value.problem).toBe(
      'check("softmax-jacobian", …) expects a function, but was given a number',
    );
    expect(() => check("sigmoid-stabel", sigmoid)).toThrow("did you mean 'sigmoid-stable'?");
  });

  it("remembers the latest result of each exercise, grouped by notebook for progress()", () => {
    quietly(() => check("softmax-jacobian", softmaxJacobian));
    const progress = readProgress();
    expect(progress["softmax-jacobian"]).toMatchObject({ passed: true, points: 3, scope: "public" });
    expect(progress["tanh-derivative"]).toMatchObject({ passed: false });
    const text = formatProgress(exerciseBank, progress);
    const softmaxExercises = exerciseBank.filter((exercise) => exercise.notebook === "05-softmax").length;
    expect(text).toMatch(new RegExp(`^05-softmax: 1/${softmaxExercises} done$`, "m"));
    expect(text).toMatch(/^ {2}· tanh-derivative +★☆☆ ~ 3 min implement +tried, 0\.5\/1$/m);
    expect(text).toMatch(/^ {2}about \d+ min left in this notebook$/m);
  });

  it("throws after printing when a check fails under ACTLAB_STRICT_CHECKS=1 (instructor notebooks), not when it passes", () => {
    vi.stubEnv("ACTLAB_STRICT_CHECKS", "1");
    try {
      expect(() => quietly(() => check("tanh-derivative", (x: number) => 1 - Math.tanh(x)))).toThrow(
        "the notebook's own solution must pass",
      );
      expect(quietly(() => check("tanh-derivative", (x: number) => 1 - Math.tanh(x) ** 2)).value.passed).toBe(true);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("refuses an answer that calls a core function the exercise forbids, with 0 points", () => {
    const { value, printed } = quietly(() =>
      check("gelu-tanh", (x: number) => activation("gelu", { approximate: "tanh" }).f(x)),
    );
    expect(value.points).toBe(0);
    expect(printed).toContain("calls actlab's activation: write it yourself");
  });
});
