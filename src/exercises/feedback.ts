import type { CaseResult, CheckResult } from "./types";
import { formatArgs, formatValue } from "./values";

const argsText = (result: CaseResult): string => formatArgs(result.args);

/** The first failing case in full: input, expected (unless it is the secret answer) and actual. */
function describeFailure(result: CaseResult): string[] {
  const lines = [`  first failing ${result.hidden ? "hidden " : ""}case: (${argsText(result)})`];
  // A hidden case's expected value stays hidden, so the case can be reused next term.
  if (result.expected !== undefined && !result.hidden) lines.push(`    expected ${formatValue(result.expected)}`);
  lines.push(
    result.error !== undefined
      ? `    threw    ${result.error}`
      : `    got      ${result.actual ? formatValue(result.actual) : "nothing"}`,
  );
  return lines;
}

/**
 * The text a learner (or a student's feedback file) sees. Passing the public cases is never called
 * "all tests passed": hidden cases run only at grading.
 */
export function formatFeedback(result: CheckResult): string {
  const passedCount = result.cases.filter((c) => c.passed).length;
  const scopeNote = result.scope === "public" ? "public checks" : "checks, hidden included";
  const verdict = result.problem
    ? `✗ ${result.id}: ${result.problem}`
    : result.passed
      ? `✓ ${result.id}: ${passedCount}/${result.cases.length} ${scopeNote} passed` +
        (result.scope === "public" ? "; hidden checks run at grading" : "")
      : `✗ ${result.id}: ${passedCount}/${result.cases.length} ${scopeNote} passed`;
  const lines = [`${verdict} (${result.points}/${result.maxPoints} points)`];
  if (!result.problem) {
    const marks = result.cases.map((c) => (c.passed ? "✓" : "✗")).join("");
    if (result.cases.length > 1) lines.push(`  cases: ${marks}`);
    const firstFailure = result.cases.find((c) => !c.passed);
    if (firstFailure) lines.push(...describeFailure(firstFailure));
  }
  for (const hint of result.hints) lines.push(`  hint: ${hint}`);
  for (const note of result.notes) lines.push(`  note: ${note}`);
  return lines.join("\n");
}
