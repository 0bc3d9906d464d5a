import { existsSync, readFileSync } from "node:fs";
import { permissionCoversNetwork, permissionFlags } from "./permission";

/**
 * How a grading child is started: the command line, user and limits. The child may read only the
 * public core (`publicCore.ts`), gets an empty environment, and no permission beyond reading: no
 * writes, child processes, workers, addons or (Node 25+) network. Under root it also gets its own
 * network namespace (no network on any Node line) and runs as `nobody`, so it cannot signal the
 * grader; its address space is capped by the OS (`prlimit --as`: what a ready child uses plus the memory
 * limit), which also covers typed arrays.
 */

/** Defences a test may switch off, one at a time, to prove that its attack is real. */
export type Defence = "realm" | "validation" | "environment" | "files" | "memory" | "user" | "modules";

export interface ChildCommand {
  readonly command: string;
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
}

const NOBODY = 65534;
const tool = (path: string): string | undefined => (existsSync(path) ? path : undefined);
const unshare = tool("/usr/bin/unshare");
const setpriv = tool("/usr/bin/setpriv");
const prlimit = tool("/usr/bin/prlimit");

/** Whether the child can be moved to another user and network namespace (root on Linux with util-linux). */
export const dropsPrivileges = (): boolean =>
  process.getuid?.() === 0 && unshare !== undefined && setpriv !== undefined;

export function childCommand(
  workerFile: string,
  {
    distDir,
    projectRoot,
    memoryMb,
    weakened,
    addressSpace,
  }: {
    distDir: string;
    projectRoot: string;
    memoryMb: number;
    weakened: ReadonlySet<Defence>;
    /** Bytes of address space the child may use (`prlimit --as`), if known. */
    addressSpace?: number;
  },
): ChildCommand {
  const readable = weakened.has("files") ? [projectRoot, distDir] : [distDir];
  const limit = addressSpace !== undefined && prlimit !== undefined && !weakened.has("memory");
  const node = [
    ...(limit ? [prlimit as string, `--as=${addressSpace}:${addressSpace}`, "--"] : []),
    process.execPath,
    `--max-old-space-size=${memoryMb}`,
    ...permissionFlags(process.version, readable),
    "--no-warnings",
    workerFile,
    ...(weakened.has("realm") ? ["--weakened-realm"] : []),
  ];
  const env = weakened.has("environment") ? ({ ...process.env } as Record<string, string>) : {};
  if (!dropsPrivileges() || weakened.has("user")) return { command: node[0], args: node.slice(1), env };
  const network = permissionCoversNetwork(process.version) ? [] : ["--net"];
  return {
    command: unshare as string,
    args: [
      ...network,
      "--",
      setpriv as string,
      `--reuid=${NOBODY}`,
      `--regid=${NOBODY}`,
      "--clear-groups",
      "--no-new-privs",
      "--",
      ...node,
    ],
    env,
  };
}

/** Address space of a started process, in bytes (Linux), or undefined where /proc is not there. */
export function addressSpaceOf(pid: number): number | undefined {
  try {
    const match = /^VmSize:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}
