import { afterEach, describe, expect, it, vi } from "vitest";
import { verification } from "../../src/verify/verification";

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const grid = [-2, -1, 0, 1, 2];

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

/** What `run` printed with console.log; printed even when `run` throws (then rethrown after). */
function printed(run: () => void): { text: string; thrown: unknown } {
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  const text = log.mock.calls.map((call) => call.join(" ")).join("\n");
  log.mockRestore();
  return { text, thrown };
}

describe("verification", () => {
  it("compares two functions on a grid and prints one table with a summary", () => {
    const report = verification("σ′").compare("σ(x)σ(−x) vs e^−x/(1 + e^−x)²", {
      x: grid,
      actual: (x) => sigmoid(x) * sigmoid(-x),
      expected: (x) => Math.exp(-x) / (1 + Math.exp(-x)) ** 2,
      tolerance: 1e-15,
    });
    const { text } = printed(() => report.print());
    expect(text.split("\n")[0]).toBe("σ′");
    expect(text).toContain("✓ σ(x)σ(−x) vs e^−x/(1 + e^−x)²");
    expect(text.split("\n").at(-1)).toBe("1 check: 1 passed");
  });

  it("prints a failing check as FAILED and then throws, so the notebook's run fails", () => {
    const report = verification("wrong").compareValues("σ′(0) vs 1/2 (wrong)", 0.25, 0.5, 1e-12);
    const { text, thrown } = printed(() => report.print());
    expect(text).toContain("✗ σ′(0) vs 1/2 (wrong)");
    expect(text.split("\n").at(-1)).toBe("1 check: 0 passed, 1 FAILED");
    expect(String(thrown)).toContain('verification "wrong": 1 of 1 checks FAILED: "σ′(0) vs 1/2 (wrong)"');
  });

  it("under ACTLAB_VERIFY_PERTURB=1 fails every check, and does not throw for those failures", () => {
    vi.stubEnv("ACTLAB_VERIFY_PERTURB", "1");
    const report = verification("perturbed")
      .compare("σ vs its other form", {
        x: grid,
        actual: sigmoid,
        expected: (x) => Math.exp(x) / (1 + Math.exp(x)),
        tolerance: 1e-15,
      })
      .compareValues("σ(0) vs 1/2", sigmoid(0), 0.5, 0)
      .compareValues("three values", [1, 2, 3], [1, 2, 3], 1e-9, { relative: true });
    const { text } = printed(() => report.print());
    expect(report.checks.map((check) => check.passed)).toEqual([false, false, false]);
    expect(text.split("\n").at(-1)).toBe("3 checks: 0 passed, 3 FAILED");
  });

  it("refuses an empty report and an untitled one", () => {
    expect(() => verification("empty").print()).toThrow('verification "empty": no checks were added');
    expect(() => verification(" ")).toThrow("verification: give the group of checks a title");
  });

  it("compareValues names the worst entry by its grid point when given one", () => {
    const report = verification("t").compareValues("a vs b", [1, 2, 3], [1, 2.5, 3], 1, { at: [-1, 0.5, 2] });
    expect(report.checks[0].where).toBe("x = 0.5");
  });

  it("text() gives the table without printing", () => {
    const report = verification("t").compareValues("a vs b", [1, 2], [1, 2], 0);
    expect(report.text().split("\n").at(-1)).toBe("1 check: 1 passed");
  });
});
