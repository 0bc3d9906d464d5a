import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** One entry of a class folder that is graded: its path and the student name it is graded as. */
export interface ClassEntry {
  readonly path: string;
  readonly student: string;
}

/**
 * The entries of a class folder: each notebook `<name>.ipynb` and each folder `<name>/` (a dot in
 * a folder's name is kept) is one student; anything else is listed as skipped, with the reason.
 * A student is named after the entry without `.ipynb`, unless a notebook and a folder share that
 * name: then both keep their full names (`twin.ipynb`, `twin/`), so rows and feedback never merge.
 */
export function classEntries(dir: string): { entries: ClassEntry[]; skipped: string[] } {
  const entries: { path: string; name: string; stem: string; folder: boolean }[] = [];
  const skipped: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const folder = statSync(path).isDirectory();
    if (name.startsWith(".")) skipped.push(`${name}: a hidden entry, skipped`);
    else if (folder || name.endsWith(".ipynb"))
      entries.push({ path, name, stem: folder ? name : name.slice(0, -".ipynb".length), folder });
    else skipped.push(`${name}: neither a notebook (.ipynb) nor a folder, skipped`);
  }
  const stems = new Map<string, number>();
  for (const entry of entries) stems.set(entry.stem, (stems.get(entry.stem) ?? 0) + 1);
  return {
    entries: entries.map(({ path, name, stem, folder }) => ({
      path,
      student: (stems.get(stem) ?? 0) > 1 ? (folder ? `${name}/` : name) : stem,
    })),
    skipped,
  };
}

/** A student name as a file name (feedback/<name>.txt): a folder's "/" becomes "(folder)". */
export const feedbackFileName = (student: string): string =>
  `${student.endsWith("/") ? `${student.slice(0, -1)} (folder)` : student}.txt`;
