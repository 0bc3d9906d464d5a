import { describe, expect, it } from "vitest";
import { formatFeedback } from "../../src/exercises/feedback";
import type { CaseResult, CheckResult } from "../../src/exercises/types";

const num = (value: number) => ({ kind: "number" as const, value });
const pass = (x: number, hidden = false): CaseResult => ({
  args: [x],
  hidden,
  passed: true,
  expected: num(2 * x),
  actual: num(2 * x),
});
const result = (cases: CaseResult[], extra: Partial<CheckResult> = {}): CheckResult => ({
  id: "test-double",
  title: "Double it",
  scope: "public",
  cases,
  passed: cases.every((c) => c.passed),
  points: 1,
  maxPoints: 1,
  hints: [],
  notes: [],
  ...extra,
});

describe("formatFeedback", () => {
  it("reports a public pass without calling it 'all tests passed'", () => {
    const text = formatFeedback(result([pass(1), pass(2)]));
    expect(text).toBe(
      "✓ test-double: 2/2 public checks passed; hidden checks run at grading (1/1 points)\n  cases: ✓✓",
    );
    expect(text).not.toMatch(/all tests/i);
  });

  it("shows the first failing case with its input, expected and actual value", () => {
    const wrong: CaseResult = { args: [3], hidden: false, passed: false, expected: num(6), actual: num(9) };
    const also: CaseResult = { args: [4], hidden: false, passed: false, expected: num(8), actual: num(16) };
    const lines = formatFeedback(result([pass(1), wrong, also], { points: 0.33 })).split("\n");
    expect(lines).toEqual([
      "✗ test-double: 1/3 public checks passed (0.33/1 points)",
      "  cases: ✓✗✗",
      "  first failing case: (3)",
      "    expected 6",
      "    got      9",
    ]);
  });

  it("shows a thrown error instead of a value, and lists hints and notes", () => {
    const threw: CaseResult = { args: [3], hidden: false, passed: false, expected: num(6), error: "Error: no" };
    const text = formatFeedback(result([threw], { points: 0, hints: ["think of 2x"], notes: ["a note"] }));
    expect(text).toContain("    threw    Error: no");
    expect(text).not.toContain("cases:"); // a single case needs no row of marks
    expect(text.split("\n").slice(-2)).toEqual(["  hint: think of 2x", "  note: a note"]);
  });

  it("never prints a hidden case's expected value", () => {
    const hidden: CaseResult = { args: [10], hidden: true, passed: false, expected: num(20.125), actual: num(0) };
    const text = formatFeedback(result([pass(1), hidden], { scope: "all", points: 0.5 }));
    expect(text).toContain("first failing hidden case: (10)");
    expect(text).toContain("checks, hidden included");
    expect(text).not.toContain("20.125");
    expect(text).not.toContain("expected");
  });

  it("gives only the problem when there is one (e.g. a stub)", () => {
    const stub: CaseResult = { args: [1], hidden: false, passed: false, error: "Error: not implemented yet" };
    const text = formatFeedback(result([stub, stub], { points: 0, problem: "not implemented yet" }));
    expect(text).toBe("✗ test-double: not implemented yet (0/1 points)");
  });
});
