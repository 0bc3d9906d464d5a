// nbgrader cell metadata (schema_version 3) for the exercise cells, so an instructor who runs
// nbgrader's tools finds the structure it expects: the statement is a locked, ungraded cell and the
// code cell is the graded answer worth the exercise's points. The rules are in
// schemas/nbgrader-cell-metadata.schema.json, which cites nbgrader's documentation.
export const NBGRADER_SCHEMA_VERSION = 3;

/** The statement (Markdown) cell: read-only for nbgrader, worth nothing. */
export const statementNbgrader = (exercise) => ({
  grade: false,
  grade_id: `${exercise.id}-statement`,
  locked: true,
  schema_version: NBGRADER_SCHEMA_VERSION,
  solution: false,
  task: false,
});

/** The code cell: the learner's answer, graded, worth the exercise's points. */
export const answerNbgrader = (exercise) => ({
  grade: true,
  grade_id: exercise.id,
  locked: false,
  points: exercise.points,
  schema_version: NBGRADER_SCHEMA_VERSION,
  solution: true,
  task: false,
});
