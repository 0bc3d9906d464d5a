export function stageNotebooks(
  executedPaths: readonly string[],
  stagingDir: string,
  librarySrc: string,
  options?: { speakerNotes?: boolean },
): { paths: string[]; librarySource: string | undefined };
