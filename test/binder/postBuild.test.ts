import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * binder/postBuild as repo2docker runs it, with HOME a fresh temporary folder and no project Jupyter
 * path, then a notebook executed on the kernel it registered in that HOME. Here node_modules is
 * current, so setup.mjs skips `npm ci` (it runs it when node_modules is missing or older than the
 * lock file, as on Binder); the run takes about 10 s (core build, kernel start).
 */
const root = join(__dirname, "..", "..");
const home = mkdtempSync(join(tmpdir(), "actlab-binder-home-"));
const probeDir = join(root, "build", "binder-probe"); // inside the project, so `actlab` resolves
const kernelFile = join(home, ".local", "share", "jupyter", "kernels", "tslab", "kernel.json");

/** The environment of a Binder user: only HOME tells Jupyter where its data lives. */
const binderEnv = () => {
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home };
  for (const name of ["JUPYTER_PATH", "JUPYTER_DATA_DIR", "JUPYTER_CONFIG_DIR", "XDG_DATA_HOME"]) delete env[name];
  return env;
};

const probeNotebook = {
  nbformat: 4,
  nbformat_minor: 5,
  metadata: { kernelspec: { name: "tslab", display_name: "TypeScript (actlab)", language: "typescript" } },
  cells: [
    {
      cell_type: "code",
      id: "probe",
      metadata: {},
      execution_count: null,
      outputs: [],
      source:
        'import { sigmoid } from "actlab";\nconst at: number[] = [0, 1];\nconsole.log(at.map((x) => sigmoid(x).toFixed(4)).join(" "));\n',
    },
  ],
};

function execute(name: string) {
  const source = join(probeDir, `${name}.ipynb`);
  writeFileSync(source, JSON.stringify(probeNotebook));
  const output = join(probeDir, `${name}.out.ipynb`);
  const run = spawnSync("/usr/bin/python3", [join(root, "scripts", "execute_notebook.py"), source, output, "60"], {
    cwd: probeDir,
    env: binderEnv(),
    encoding: "utf8",
  });
  return { run, output };
}

let postBuild: ReturnType<typeof spawnSync>;
beforeAll(() => {
  mkdirSync(probeDir, { recursive: true });
  postBuild = spawnSync("bash", [join(root, "binder", "postBuild")], { cwd: root, env: binderEnv(), encoding: "utf8" });
}, 180_000);
afterAll(() => {
  rmSync(home, { recursive: true, force: true });
  rmSync(probeDir, { recursive: true, force: true });
});

describe("binder/postBuild", () => {
  it("starts with set -e, so a failing step fails the image build", () => {
    expect(readFileSync(join(root, "binder", "postBuild"), "utf8")).toMatch(/^#!\/bin\/bash\n(#.*\n)*set -e/);
  });

  it("exits 0 and registers the tslab kernel in the user's Jupyter data folder", () => {
    expect(postBuild.status, `${postBuild.stdout}\n${postBuild.stderr}`).toBe(0);
    expect(existsSync(kernelFile)).toBe(true);
    const spec = JSON.parse(readFileSync(kernelFile, "utf8"));
    expect(spec.argv).toContain(join(root, "node_modules", ".bin", "tslab"));
  });

  it("that kernel runs a notebook: σ(0) and σ(1) printed by the built core", () => {
    const { run, output } = execute("probe");
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(JSON.parse(run.stdout.trim().split("\n").at(-1) ?? "{}")).toEqual({ ok: true });
    const cell = JSON.parse(readFileSync(output, "utf8")).cells[0];
    const printed = cell.outputs.map((o: { text?: string[] | string }) => [o.text ?? ""].flat().join("")).join("");
    // 1 / (1 + e^-1), written out here rather than taken from the core.
    expect(printed.trim()).toBe(`0.5000 ${(1 / (1 + Math.exp(-1))).toFixed(4)}`);
  }, 90_000);

  it("without that kernel the same run fails (so the check above can fail)", () => {
    rmSync(kernelFile);
    expect(execute("no-kernel").run.status).not.toBe(0);
  }, 60_000);
});
