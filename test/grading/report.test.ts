import { describe, expect, it } from "vitest";
import type { JobResult } from "../../src/grading/job";
import { feedbackText, gradesCsv, statisticsCsv } from "../../src/grading/report";

const row = (student: string, exerciseId: string, points: number, outcome: JobResult["outcome"], extra = {}) =>
  ({ student, exerciseId, points, maxPoints: 1, outcome, feedback: `${student}/${exerciseId}`, ...extra }) as JobResult;

describe("grades.csv", () => {
  it("has one row per student and exercise, sorted, quoting commas and quotes", () => {
    const csv = gradesCsv([
      row("zoe", "b", 1, "passed"),
      row('o"neil, jr', "a", 0, "failed"),
      row("zoe", "a", 0.5, "failed"),
      row("lee, j", "a", 1, "passed"),
    ]);
    expect(csv).toBe(
      'student,exercise,points,max,outcome\n"lee, j",a,1,1,passed\n"o""neil, jr",a,0,1,failed\nzoe,a,0.5,1,failed\nzoe,b,1,1,passed\n',
    );
  });
});

describe("statistics.csv", () => {
  it("gives each exercise its mean, median, full and zero marks and outcome counts", () => {
    const results = [
      row("a", "x", 0, "time limit"),
      row("b", "x", 0.25, "failed"),
      row("c", "x", 1, "passed"),
      row("d", "x", 1, "passed"),
      row("a", "y", 0, "missing"),
    ];
    // x: mean (0 + 0.25 + 1 + 1) / 4 = 0.5625 → 0.56; median (0.25 + 1) / 2 = 0.625.
    expect(statisticsCsv(results).split("\n")).toEqual([
      "exercise,max,students,mean,median,full_marks,zero,outcomes",
      "x,1,4,0.56,0.625,2,1,time limit: 1; failed: 1; passed: 2",
      "y,1,1,0,0,0,1,missing: 1",
      "",
    ]);
  });

  it("takes the middle value as the median of an odd count", () => {
    const results = [row("a", "x", 1, "passed"), row("b", "x", 0, "failed"), row("c", "x", 0.5, "failed")];
    expect(statisticsCsv(results).split("\n")[1]).toBe("x,1,3,0.5,0.5,1,1,passed: 1; failed: 2");
  });
});

describe("a student's feedback file", () => {
  it("gives the total, the submission's problems, each exercise, and missing ones on one line", () => {
    const results = [
      row("ann", "b", 1, "passed"),
      row("ann", "a", 0.5, "failed"),
      row("ann", "c", 0, "missing", { notSubmitted: true }),
      row("ann", "d", 0, "missing", { notSubmitted: true }),
      row("ben", "a", 1, "passed"),
    ];
    expect(feedbackText("ann", results, ["cell 4 is duplicated"])).toBe(
      [
        "Feedback for ann: 1.5/4 points",
        "! cell 4 is duplicated",
        "",
        "ann/a\n",
        "ann/b\n",
        "✗ not found in the submission (0 points each): c, d\n",
      ].join("\n"),
    );
  });
});
