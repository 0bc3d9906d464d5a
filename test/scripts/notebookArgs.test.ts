import { describe, expect, it } from "vitest";
import { frontendName, notebookArgs, notebookMajor } from "../../scripts/lib/notebook-args.mjs";

const base = { userArgs: [], root: "/course", isRoot: false };

describe("npm start's Jupyter command line", () => {
  it("reads the major version from `jupyter notebook --version`", () => {
    expect(notebookMajor("6.4.12\n")).toBe(6);
    expect(notebookMajor("7.2.2")).toBe(7);
    expect(notebookMajor("")).toBeUndefined();
  });

  it("serves the project with the option each version names it by", () => {
    expect(notebookArgs({ ...base, versionOutput: "6.4.12" })).toEqual([
      "notebook",
      "--ip=127.0.0.1",
      "--notebook-dir=/course",
    ]);
    expect(notebookArgs({ ...base, versionOutput: "7.2.2" })).toEqual([
      "notebook",
      "--ip=127.0.0.1",
      "--ServerApp.root_dir=/course",
    ]);
  });

  it("leaves out what the user set, in either spelling, and passes the user's options last", () => {
    const userArgs = ["--ServerApp.ip=0.0.0.0", "--notebook-dir=/elsewhere", "--port=9000"];
    expect(notebookArgs({ ...base, userArgs, versionOutput: "7.0.0", isRoot: true })).toEqual([
      "notebook",
      "--allow-root",
      ...userArgs,
    ]);
  });

  it("names the frontend in one line", () => {
    expect(frontendName("7.2.2")).toMatch(/^Jupyter Notebook 7\.2\.2 \(Notebook 7/);
    expect(frontendName("6.4.12\n")).toBe("Jupyter Notebook 6.4.12 (the classic Notebook frontend)");
    expect(frontendName("")).not.toContain("\n");
  });
});
