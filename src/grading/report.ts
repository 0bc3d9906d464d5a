import type { JobResult } from "./job";

const csvField = (value: string | number): string =>
  /[",\n]/.test(String(value)) ? `"${String(value).replace(/"/g, '""')}"` : String(value);
const csv = (rows: readonly (readonly (string | number)[])[]): string =>
  rows.map((row) => row.map(csvField).join(",")).join("\n") + "\n";

const byStudentThenExercise = (a: JobResult, b: JobResult): number =>
  a.student.localeCompare(b.student) || a.exerciseId.localeCompare(b.exerciseId);

/** grades.csv: one row per (student, exercise). */
export function gradesCsv(results: readonly JobResult[]): string {
  return csv([
    ["student", "exercise", "points", "max", "outcome"],
    ...[...results].sort(byStudentThenExercise).map((r) => [r.student, r.exerciseId, r.points, r.maxPoints, r.outcome]),
  ]);
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** statistics.csv: per exercise, the class's mean and median, full and zero marks, and outcome counts. */
export function statisticsCsv(results: readonly JobResult[]): string {
  const ids = [...new Set(results.map((r) => r.exerciseId))].sort();
  return csv([
    ["exercise", "max", "students", "mean", "median", "full_marks", "zero", "outcomes"],
    ...ids.map((id) => {
      const rows = results.filter((r) => r.exerciseId === id);
      const points = rows.map((r) => r.points);
      const outcomes = new Map<string, number>();
      for (const r of rows) outcomes.set(r.outcome, (outcomes.get(r.outcome) ?? 0) + 1);
      return [
        id,
        rows[0].maxPoints,
        rows.length,
        Math.round((points.reduce((a, b) => a + b, 0) / rows.length) * 100) / 100,
        median(points),
        rows.filter((r) => r.points === r.maxPoints).length,
        rows.filter((r) => r.points === 0).length,
        [...outcomes].map(([outcome, count]) => `${outcome}: ${count}`).join("; "),
      ];
    }),
  ]);
}

/** One student's feedback file: total, problems with the submission, then each exercise's feedback. */
export function feedbackText(student: string, results: readonly JobResult[], problems: readonly string[]): string {
  const mine = results.filter((r) => r.student === student).sort(byStudentThenExercise);
  const total = Math.round(mine.reduce((sum, r) => sum + r.points, 0) * 100) / 100;
  const max = mine.reduce((sum, r) => sum + r.maxPoints, 0);
  // Exercises with no code at all are one line, not one paragraph each (an empty submission has 37).
  const missing = mine.filter((r) => r.notSubmitted);
  return [
    `Feedback for ${student}: ${total}/${max} points`,
    ...problems.map((problem) => `! ${problem}`),
    "",
    ...mine.filter((r) => !missing.includes(r)).map((r) => r.feedback + "\n"),
    ...(missing.length
      ? [`✗ not found in the submission (0 points each): ${missing.map((r) => r.exerciseId).join(", ")}\n`]
      : []),
  ].join("\n");
}
