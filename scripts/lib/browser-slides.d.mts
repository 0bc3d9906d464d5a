export const SLIDE_VIEWPORT: { width: number; height: number };
export function speakerNotesProblems(deck: string, asides: readonly string[], sourceNotes: readonly string[]): string[];
