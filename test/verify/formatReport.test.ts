import { describe, expect, it } from "vitest";
import { runCheck } from "../../src/verify/check";
import { formatReport, summaryLine } from "../../src/verify/formatReport";

const passing = runCheck({
  label: "df vs σ(1 − σ)",
  actual: [0.25, 0.2],
  expected: [0.25, 0.2 + 1e-13],
  tolerance: 1e-12,
  locations: [0, 1],
});
const failing = runCheck({ label: "df vs a wrong formula", actual: [0.25], expected: [0.5], tolerance: 1e-12 });

describe("formatReport", () => {
  it("prints a title, a header and one aligned row per check, then the summary", () => {
    const text = formatReport("σ′", [passing, failing]);
    expect(text.split("\n")).toEqual([
      "σ′",
      "check                    worst |error|  where  tolerance  verdict",
      "✓ df vs σ(1 − σ)         1.0e-13        x = 1  ≤ 1.0e-12  passed",
      "✗ df vs a wrong formula  2.5e-1                ≤ 1.0e-12  FAILED",
      "2 checks: 1 passed, 1 FAILED",
    ]);
  });

  it("leaves 'where' empty when the worst error is 0 (every point ties)", () => {
    const exact = runCheck({ label: "e", actual: [1, 2], expected: [1, 2], tolerance: 0, locations: [0, 1] });
    expect(formatReport("t", [exact]).split("\n")[2]).toBe("✓ e    0                     ≤ 0        passed");
  });

  it("says so in the title when the actual side was perturbed", () => {
    const shifted = runCheck({ label: "x", actual: [1], expected: [1], tolerance: 0, perturb: true });
    expect(formatReport("t", [shifted]).split("\n")[0]).toContain("ACTLAB_VERIFY_PERTURB=1");
  });
});

describe("summaryLine", () => {
  it("counts checks and failures", () => {
    expect(summaryLine([passing, passing, passing])).toBe("3 checks: 3 passed");
    expect(summaryLine([passing])).toBe("1 check: 1 passed");
    expect(summaryLine([failing, passing])).toBe("2 checks: 1 passed, 1 FAILED");
  });
});
