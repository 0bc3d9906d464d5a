#!/usr/bin/env node
// `npm run progress`: per notebook, which exercises are done and which are left, from the results
// every check() and `npm run check` remembers in .actlab/progress.json.
import { createRequire } from "node:module";
import { join } from "node:path";
import { projectRoot } from "./lib/project.mjs";

const require = createRequire(import.meta.url);
const { progress } = require(join(projectRoot, "dist", "exercises", "check.js"));
progress();
