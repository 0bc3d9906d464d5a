import type { Exercise } from "./types";

/**
 * One source per exercise. The bank holds the statement (with its data and options); the code a
 * learner edits is the body of exercises/<id>.ts. `npm run exercises:cells` writes the header of
 * each exercises/<id>.ts from the bank and copies the statement and the body into the notebook:
 * the statement cell `ex-<id>`, the answer cell `ex-<id>-code` (the body up to its final
 * `check("<id>", …)`) and the tests cell `ex-<id>-test` (that call), nbgrader's "Autograded answer"
 * and "Autograder tests" pair; test/exercises/sources.test.ts proves they agree.
 */

export const stars = (exercise: Exercise): string =>
  "★".repeat(exercise.difficulty) + "☆".repeat(3 - exercise.difficulty);

/** "derive · ★★☆ · about 10 min". */
export const effortLine = (exercise: Exercise): string =>
  `${exercise.thinking} · ${stars(exercise)} · about ${exercise.minutes} min`;

/** The options of a choice exercise, one Markdown list item each, in letter order. */
export function optionLines(exercise: Exercise): string[] {
  return Object.entries(exercise.options ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([letter, text]) => `- **${letter}** ${text}`);
}

/** Longest Markdown line the notebooks allow (scripts/lib/notebookLayout.mjs) less a margin. */
const PROSE_WIDTH = 110;

/**
 * Prose as the notebooks want it: one sentence per line, a long sentence wrapped at words; headings
 * and code fences are left as they are, list items wrap with an indent.
 */
export function proseLines(markdown: string): string[] {
  const out: string[] = [];
  let inFence = false;
  for (const line of markdown.split("\n")) {
    if (line.trim().startsWith("```")) inFence = !inFence;
    if (inFence || line.trim().startsWith("```") || line.trim() === "" || line.startsWith("#")) {
      out.push(line);
      continue;
    }
    const item = /^(\s*- )/.exec(line);
    if (item) {
      out.push(
        ...wrap(line.slice(item[1].length), PROSE_WIDTH - item[1].length).map((l, i) => (i ? "  " : item[1]) + l),
      );
      continue;
    }
    for (const sentence of line.split(/(?<=[.?!])\s+(?=[A-Z*(“"])/)) out.push(...wrap(sentence, PROSE_WIDTH));
  }
  return out;
}

/** The notebook's Markdown cell for an exercise: title, effort, the whole statement, the options. */
export function statementMarkdown(exercise: Exercise): string {
  const options = optionLines(exercise);
  return proseLines(
    [
      `### Exercise: ${exercise.title}`,
      "",
      `*${effortLine(exercise)}* · checked by \`check("${exercise.id}", …)\``,
      "",
      exercise.statement,
      ...(options.length ? ["", ...options] : []),
    ].join("\n"),
  ).join("\n");
}

/** Markdown to a plain comment text: emphasis and code marks dropped, so the header reads as prose. */
const plain = (markdown: string): string => markdown.replace(/\*+|`|\$/g, "").replace(/\\/g, "");

/** Words to lines of at most `width` characters. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The generated comment block at the top of exercises/<id>.ts. */
export function headerComment(exercise: Exercise): string {
  const options = Object.entries(exercise.options ?? {}).sort(([a], [b]) => a.localeCompare(b));
  return [
    `// Exercise ${exercise.id} (notebook ${exercise.notebook}; ${effortLine(exercise)}).`,
    `// Check: \`npm run check -- ${exercise.id}\`. This header is generated from the bank; edit the code.`,
    ...exercise.statement
      .split(/\n\s*\n/)
      .flatMap((paragraph) => wrap(plain(paragraph), 96).map((line) => `// ${line}`)),
    ...options.flatMap(([letter, text]) =>
      wrap(`${letter}: ${plain(text)}`, 92).map((line, i) => `//   ${i === 0 ? "" : "   "}${line}`),
    ),
  ].join("\n");
}

/** exercises/<id>.ts split into its leading comment block and the code after it. */
export function splitExerciseFile(text: string): { header: string; body: string } {
  const lines = text.split("\n");
  const end = lines.findIndex((line) => !line.startsWith("//"));
  const cut = end === -1 ? lines.length : end;
  return { header: lines.slice(0, cut).join("\n"), body: lines.slice(cut).join("\n").trim() };
}

/** Whitespace-insensitive text, so Prettier's reflow of a cell never counts as a disagreement. */
export const normalisedText = (text: string): string => text.replace(/\s+/g, " ").trim();

/**
 * Whether the exercise has statement, answer and tests cells in its own notebook: all but one shown
 * only as a worked example there (the tour's tanh′), which is solved in place and never graded.
 */
export const hasExerciseCells = (exercise: Exercise): boolean => exercise.workedExampleIn !== exercise.notebook;

export const statementCellId = (exercise: Exercise): string => `ex-${exercise.id}`;
export const codeCellId = (exercise: Exercise): string => `ex-${exercise.id}-code`;
export const testCellId = (exercise: Exercise): string => `ex-${exercise.id}-test`;

/**
 * An exercise body split for the notebook: the answer (everything before the final top-level
 * `check("<id>", …)`, which starts a line) and the tests (that call to the end). Throws when the
 * body has no such line, naming the exercise.
 */
export function answerAndTests(body: string, id: string): { answer: string; tests: string } {
  const lines = body.split("\n");
  const start = lines.map((line) => line.startsWith(`check("${id}"`)).lastIndexOf(true);
  if (start < 0) throw new Error(`exercises/${id}.ts: no line starts with check("${id}", …); end the code with it`);
  return { answer: lines.slice(0, start).join("\n").trim(), tests: lines.slice(start).join("\n").trim() };
}
