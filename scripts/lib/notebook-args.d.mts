export function notebookMajor(versionOutput: string): number | undefined;
export function frontendName(versionOutput: string): string;
export function notebookArgs(options: {
  versionOutput: string;
  userArgs: readonly string[];
  root: string;
  isRoot: boolean;
}): string[];
