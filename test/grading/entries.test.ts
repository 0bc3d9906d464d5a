import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { classEntries, feedbackFileName } from "../../src/grading/entries";

const dir = mkdtempSync(join(tmpdir(), "actlab-entries-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const make = (folder: string, files: string[], folders: string[]): string => {
  const base = join(dir, folder);
  mkdirSync(base);
  for (const name of files) writeFileSync(join(base, name), "{}");
  for (const name of folders) mkdirSync(join(base, name));
  return base;
};

describe("the entries of a class folder", () => {
  it("names a student after the notebook or folder, keeping a dot in a folder's name", () => {
    const base = make("plain", ["alice.ipynb"], ["bob", "carol.v2"]);
    expect(classEntries(base).entries).toEqual([
      { path: join(base, "alice.ipynb"), student: "alice" },
      { path: join(base, "bob"), student: "bob" },
      { path: join(base, "carol.v2"), student: "carol.v2" },
    ]);
  });

  it("keeps a notebook and a folder of the same name apart by their full names", () => {
    const base = make("twins", ["twin.ipynb", "solo.ipynb"], ["twin"]);
    expect(classEntries(base).entries.map((e) => e.student)).toEqual(["solo", "twin/", "twin.ipynb"]);
  });

  it("skips hidden entries and other files, each with its reason", () => {
    const base = make("mixed", [".DS_Store", "notes.txt", "dan.ipynb"], [".git"]);
    const { entries, skipped } = classEntries(base);
    expect(entries.map((e) => e.student)).toEqual(["dan"]);
    expect(skipped).toEqual([
      ".DS_Store: a hidden entry, skipped",
      ".git: a hidden entry, skipped",
      "notes.txt: neither a notebook (.ipynb) nor a folder, skipped",
    ]);
  });

  it("gives an empty class folder no entries", () => {
    expect(classEntries(make("empty", [], []))).toEqual({ entries: [], skipped: [] });
  });
});

describe("a student's feedback file name", () => {
  it("never holds a slash, and keeps twins apart", () => {
    expect(feedbackFileName("twin/")).toBe("twin (folder).txt");
    expect(feedbackFileName("twin.ipynb")).toBe("twin.ipynb.txt");
    expect(feedbackFileName("alice")).toBe("alice.txt");
  });
});
