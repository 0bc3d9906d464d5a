/**
 * The flags that turn on Node's permission model in a grading child, for the running Node.
 * Node 20 (and 22 before 22.13, 23 before 23.5) knows only `--experimental-permission`; Node 24 and
 * later reject it and know only `--permission`; 22.13+ and 23.5+ accept both. Decided by version
 * rather than by probing, so no extra process starts per grading run.
 * Only `--allow-fs-read` is granted: no `--allow-fs-write`, `--allow-child-process`, `--allow-worker`,
 * `--allow-addons`, `--allow-wasi`, and no `--allow-net` (Node 25+ denies the network without it;
 * Node 20–24 do not restrict the network at all, so `isolation.ts` adds a network namespace).
 */
export function permissionFlag(version: string): "--permission" | "--experimental-permission" {
  const [major, minor] = version.replace(/^v/, "").split(".").map(Number);
  const stable = major >= 24 || (major === 23 && minor >= 5) || (major === 22 && minor >= 13);
  return stable ? "--permission" : "--experimental-permission";
}

/** Whether Node's permission model denies the network by itself (Node 25 added `--allow-net`). */
export function permissionCoversNetwork(version: string): boolean {
  return Number(version.replace(/^v/, "").split(".")[0]) >= 25;
}

/** The permission flags of a child that may read only `readable` (folders) and nothing else. */
export function permissionFlags(version: string, readable: readonly string[]): string[] {
  return [permissionFlag(version), ...readable.map((dir) => `--allow-fs-read=${dir}/*`)];
}
