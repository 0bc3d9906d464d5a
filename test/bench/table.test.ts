import { describe, expect, it } from "vitest";
import { formatNumber, formatTable, meetsTarget, ratio, type BenchRow } from "../../bench/table.mjs";

// The bench's table logic, without timing anything: ratios, targets and layout.
describe("the bench table", () => {
  it("divides ours by the reference, and gives no ratio when either side is missing or not positive", () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(3, undefined)).toBeUndefined();
    expect(ratio(undefined, 2)).toBeUndefined();
    expect(ratio(3, 0)).toBeUndefined();
    expect(ratio(NaN, 2)).toBeUndefined();
  });

  it("checks a target on the value or on the ratio to the reference", () => {
    const kernel: BenchRow = { group: "k", name: "relu", value: 1.4, reference: 1, unit: "ms" };
    expect(meetsTarget({ ...kernel, target: { op: "<=", value: 1.5, of: "reference" } })).toBe(true);
    expect(meetsTarget({ ...kernel, target: { op: "<=", value: 1.3, of: "reference" } })).toBe(false);
    expect(meetsTarget({ ...kernel, reference: undefined, target: { op: "<=", value: 1.5, of: "reference" } })).toBe(
      undefined,
    );
    expect(
      meetsTarget({ group: "m", name: "matmul", value: 3.2, unit: "GFLOP/s", target: { op: ">=", value: 3 } }),
    ).toBe(true);
    expect(meetsTarget(kernel)).toBeUndefined();
  });

  it("writes three significant digits, and a dash for a missing value", () => {
    expect(formatNumber(1234.5)).toBe("1235");
    expect(formatNumber(0.001)).toBe("0.001");
    expect(formatNumber(0.123456)).toBe("0.123");
    expect(formatNumber(2)).toBe("2");
    expect(formatNumber(12.5)).toBe("12.5");
    expect(formatNumber(2.5e-5)).toBe("2.50e-5");
    expect(formatNumber(undefined)).toBe("–");
  });

  it("lays rows out as a Markdown table with aligned columns, saying when torch is absent", () => {
    const table = formatTable([
      {
        group: "kernels",
        name: "relu forward",
        value: 2,
        reference: 1,
        unit: "ms",
        target: { op: "<=", value: 1.5, of: "reference" },
      },
      { group: "kernels", name: "tanh forward", value: 3, unit: "ms", referenceLabel: "torch not available" },
    ]);
    const lines = table.split("\n");
    expect(lines).toHaveLength(4);
    expect(new Set(lines.map((line) => line.length)).size).toBe(1);
    expect(lines[2]).toMatch(/kernels · relu forward .*\| 2 ms .*\| 1 ms .*\| 2× .*\| ratio ≤ 1.5 .*\| NO /);
    expect(lines[3]).toContain("torch not available");
  });
});
