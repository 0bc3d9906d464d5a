export function notebookProblems(notebook: unknown): string[];
