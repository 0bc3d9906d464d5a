import { chmodSync, cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";

/**
 * The only files a grading child may read: a copy of dist/ without the exercises (the bank's
 * reference answers and hidden cases, the checker, the hints), without the instructor's tools and
 * without source maps and declarations. Learner code gets `check` as a stub of the realm, and the
 * worker needs from exercises/ only the encoder (values.js). Made once per grading run.
 */
const keptFromExercises = new Set(["values.js"]);
const keptFromGrading = new Set(["worker.js", "runner.js", "realm.js"]);

function isPublic(path: string): boolean {
  if (path === "") return true;
  const [top, name, ...deeper] = path.split(sep);
  if (path.endsWith(".map") || path.endsWith(".d.ts")) return false;
  if (top === "exercises") return name === undefined || (deeper.length === 0 && keptFromExercises.has(name));
  if (top === "grading") return name === undefined || (deeper.length === 0 && keptFromGrading.has(name));
  return true;
}

export interface PublicCore {
  /** The copy's dist folder (worker.js is at grading/worker.js under it). */
  readonly distDir: string;
  remove(): void;
}

export function makePublicCore(distDir: string): PublicCore {
  const base = mkdtempSync(join(tmpdir(), "actlab-grading-"));
  const copy = join(base, "dist");
  cpSync(distDir, copy, { recursive: true, filter: (source) => isPublic(relative(distDir, source)) });
  // Readable by the unprivileged user a child runs as under root (mkdtemp makes the folder private).
  chmodSync(base, 0o755);
  return { distDir: copy, remove: () => rmSync(base, { recursive: true, force: true }) };
}
