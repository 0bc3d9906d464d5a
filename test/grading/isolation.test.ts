import { existsSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { childCommand, dropsPrivileges, type Defence } from "../../src/grading/isolation";

/** The child's command line for a Node line and a user, built with process.version and getuid stubbed. */
const realVersion = Object.getOwnPropertyDescriptor(process, "version") as PropertyDescriptor;
afterEach(() => {
  Object.defineProperty(process, "version", realVersion);
  vi.restoreAllMocks();
});
const command = (version: string, uid: number, weakened: Defence[] = [], addressSpace?: number) => {
  Object.defineProperty(process, "version", { ...realVersion, value: version });
  vi.spyOn(process, "getuid").mockReturnValue(uid);
  return childCommand("/core/dist/grading/worker.js", {
    distDir: "/core/dist",
    projectRoot: "/project",
    memoryMb: 256,
    weakened: new Set(weakened),
    addressSpace,
  });
};
const hasTools = ["/usr/bin/unshare", "/usr/bin/setpriv", "/usr/bin/prlimit"].every((tool) => existsSync(tool));

describe("the grading child's command line, not root", () => {
  it("on Node 20: the experimental permission flag, reading the public core only, an empty environment", () => {
    expect(command("v20.20.2", 1000)).toEqual({
      command: process.execPath,
      args: [
        "--max-old-space-size=256",
        "--experimental-permission",
        "--allow-fs-read=/core/dist/*",
        "--no-warnings",
        "/core/dist/grading/worker.js",
      ],
      env: {},
    });
  });

  it("on Node 24 and 26: the stable permission flag", () => {
    expect(command("v24.1.0", 1000).args[1]).toBe("--permission");
    expect(command("v26.0.0", 1000).args[1]).toBe("--permission");
  });

  it.skipIf(!hasTools)("caps the address space with prlimit once it is known", () => {
    const { command: first, args } = command("v20.20.2", 1000, [], 5_000_000);
    expect([first, ...args.slice(0, 3)]).toEqual(["/usr/bin/prlimit", "--as=5000000:5000000", "--", process.execPath]);
  });
});

describe.skipIf(!hasTools)("the grading child's command line, as root", () => {
  it("drops to nobody in a new network namespace on Node 20–24", () => {
    const { command: first, args } = command("v22.13.0", 0);
    expect(first).toBe("/usr/bin/unshare");
    expect(args.slice(0, 8)).toEqual([
      "--net",
      "--",
      "/usr/bin/setpriv",
      "--reuid=65534",
      "--regid=65534",
      "--clear-groups",
      "--no-new-privs",
      "--",
    ]);
    expect(args.slice(8, 11)).toEqual([process.execPath, "--max-old-space-size=256", "--permission"]);
  });

  it("needs no network namespace from Node 25, whose permission model denies the network", () => {
    expect(command("v25.0.0", 0).args.slice(0, 3)).toEqual(["--", "/usr/bin/setpriv", "--reuid=65534"]);
  });

  it("is root's to drop: a non-root grader cannot", () => {
    command("v20.20.2", 0);
    expect(dropsPrivileges()).toBe(true);
    command("v20.20.2", 1000);
    expect(dropsPrivileges()).toBe(false);
  });
});

describe("each defence switched off, for the tests that prove it is needed", () => {
  it("files: the project becomes readable", () => {
    expect(command("v20.20.2", 1000, ["files"]).args).toContain("--allow-fs-read=/project/*");
    expect(command("v20.20.2", 1000).args).not.toContain("--allow-fs-read=/project/*");
  });

  it("environment: the grader's environment is passed on", () => {
    expect(command("v20.20.2", 1000, ["environment"]).env).toEqual(process.env);
  });

  it("realm: the worker is told to weaken its realm", () => {
    expect(command("v20.20.2", 1000, ["realm"]).args.at(-1)).toBe("--weakened-realm");
  });

  it.skipIf(!hasTools)("memory: no prlimit; user: no unshare or setpriv even as root", () => {
    expect(command("v20.20.2", 1000, ["memory"], 5_000_000).command).toBe(process.execPath);
    expect(command("v20.20.2", 0, ["user"]).command).toBe(process.execPath);
  });
});
