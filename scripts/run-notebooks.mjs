#!/usr/bin/env node
// `npm run notebooks [-- --perturbed] [files…]`: executes notebooks through real Jupyter into
// build/executed/. With --perturbed, every verification report shifts its checks' actual values far
// beyond their tolerances (ACTLAB_VERIFY_PERTURB=1), and a notebook fails unless every check it
// prints says FAILED: the proof that each check can fail.
import { join } from "node:path";
import { describeResult, executeNotebooks } from "./lib/execute.mjs";
import { perturbedRunProblems, reportCount } from "./lib/notebookLayout.mjs";
import { listNotebooks, readNotebook } from "./lib/notebooks.mjs";
import { buildDir, projectRoot } from "./lib/project.mjs";

const perturbed = process.argv.includes("--perturbed");
if (perturbed) process.env.ACTLAB_VERIFY_PERTURB = "1"; // inherited by the kernels
const given = process.argv.slice(2).filter((arg) => arg !== "--perturbed");
const paths = given.length ? given.map((p) => join(process.cwd(), p)) : listNotebooks(join(projectRoot, "notebooks"));
console.log(`executing ${paths.length} notebook(s) with the tslab kernel …`);
const results = await executeNotebooks(paths, join(buildDir, "executed"), {
  onDone: (r) => console.log(describeResult(r)),
});
if (perturbed) {
  for (const result of results) {
    if (result.error !== undefined) continue;
    const source = readNotebook(join(projectRoot, result.notebook));
    const problems = perturbedRunProblems(readNotebook(result.outputPath), reportCount(source));
    if (problems.length) result.error = `perturbed run: ${problems.join("; ")}`;
    else console.log(`  ${result.notebook}: all ${reportCount(source)} reports failed every check, as they must`);
  }
}
const failed = results.filter((r) => r.error !== undefined).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
