import type { VerificationCheck } from "./check";

/**
 * One compact table: a row per check (what vs what, worst error and where, tolerance, verdict), then
 * a summary line. A failing row starts with "✗" and says FAILED, so it stands out in a column of ✓.
 */
export function formatReport(title: string, checks: readonly VerificationCheck[]): string {
  const rows = checks.map((check) => [
    `${check.passed ? "✓" : "✗"} ${check.label}`,
    `${formatNumber(check.error)}${check.relative ? " rel" : ""}`,
    check.error > 0 ? (check.where ?? "") : "", // where an error of 0 occurs says nothing
    `≤ ${formatNumber(check.tolerance)}`,
    check.passed ? "passed" : "FAILED",
  ]);
  const header = ["check", "worst |error|", "where", "tolerance", "verdict"];
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column].length)));
  const line = (row: string[]) =>
    row
      .map((cell, column) => cell.padEnd(widths[column]))
      .join("  ")
      .trimEnd();
  const perturbedNote = checks.some((check) => check.perturbed)
    ? " (ACTLAB_VERIFY_PERTURB=1: every actual value was shifted far beyond its tolerance, so every check must fail)"
    : "";
  return [`${title}${perturbedNote}`, line(header), ...rows.map(line), summaryLine(checks)].join("\n");
}

export function summaryLine(checks: readonly VerificationCheck[]): string {
  const failed = checks.filter((check) => !check.passed).length;
  const noun = checks.length === 1 ? "check" : "checks";
  const failures = failed ? `, ${failed} FAILED` : "";
  return `${checks.length} ${noun}: ${checks.length - failed} passed${failures}`;
}

function formatNumber(value: number): string {
  if (value === 0) return "0";
  if (!Number.isFinite(value)) return String(value);
  return value.toExponential(1);
}
