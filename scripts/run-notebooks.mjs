#!/usr/bin/env node
// `npm run notebooks [files…]`: executes notebooks through real Jupyter into build/executed/.
import { join } from "node:path";
import { describeResult, executeNotebooks } from "./lib/execute.mjs";
import { listNotebooks } from "./lib/notebooks.mjs";
import { buildDir, projectRoot } from "./lib/project.mjs";

const given = process.argv.slice(2);
const paths = given.length ? given.map((p) => join(process.cwd(), p)) : listNotebooks(join(projectRoot, "notebooks"));
console.log(`executing ${paths.length} notebook(s) with the tslab kernel …`);
const results = await executeNotebooks(paths, join(buildDir, "executed"), {
  onDone: (r) => console.log(describeResult(r)),
});
const failed = results.filter((r) => r.error !== undefined).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
