#!/usr/bin/env node
// `npm run kernel:install [-- --user]`: registers the tslab kernel. Without --user it goes into the
// project's .jupyter/ (what npm start and npm test use); with --user into your own Jupyter data
// folder, so VS Code and JupyterLab find it too.
import { spawnSync } from "node:child_process";
import { writeKernelSpec } from "./lib/kernelspec.mjs";
import { jupyterDataDir } from "./lib/project.mjs";

function userDataDir() {
  const result = spawnSync("jupyter", ["--data-dir"], { encoding: "utf8" });
  if (result.status !== 0) {
    console.error("kernel:install: `jupyter --data-dir` failed; install Jupyter first (node scripts/setup.mjs)");
    process.exit(1);
  }
  return result.stdout.trim();
}

const target = process.argv.includes("--user") ? userDataDir() : jupyterDataDir;
const { file, changed } = writeKernelSpec(target);
console.log(`kernel:install: tslab kernelspec ${changed ? "written to" : "already at"} ${file}`);
