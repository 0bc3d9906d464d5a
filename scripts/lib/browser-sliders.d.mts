export function pagesWithSliders(dir: string, suffix: string): string[];
export function coursePagesWithoutSliders(dir: string, suffix: string, pages: readonly string[]): string[];
export function checkSliders(
  browser: unknown,
  record: (name: string, problems: string[], detail?: string) => void,
  options?: { liveNotebooks?: string[] },
): Promise<void>;
