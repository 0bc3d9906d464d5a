export function parseProvedIn(provedIn: string | undefined): { notebookPath: string; cellNumber: number };
export function cellOutputText(cell: { outputs?: unknown[] }): string;
export function proofOf(
  entry: { id: string; provedIn?: string },
  notebooks: { committed: { cells: unknown[] }; executed: { cells: unknown[] } },
): { notebookPath: string; cellNumber: number; code: string; output: string };
export function renderErrata(errata: unknown, inputs: unknown): string;
