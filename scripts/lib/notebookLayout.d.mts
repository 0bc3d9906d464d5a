export const LIMITS: {
  codeLineLength: number;
  codeCellLines: number;
  markdownLineLength: number;
  importCellLines: number;
};
export function formatCode(source: string): Promise<string>;
export function formatNotebookCode<T>(notebook: T): Promise<T>;
export function layoutProblems(notebook: unknown, limits?: typeof LIMITS): string[];
export function uncheckedClaims(notebook: unknown): string[];
export function perturbedRunProblems(executedNotebook: unknown, sourceReports: number): string[];
export function reportCount(notebook: unknown): number;
