// nbgrader cell metadata (schema_version 3) for the exercise cells, so an instructor who runs
// nbgrader's tools finds the structure it expects: the statement is a locked, ungraded cell, the
// answer an "Autograded answer" cell (solution, worth nothing) and the check call an "Autograder
// tests" cell (graded, locked, worth the exercise's points). The rules are in
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

/**
 * The answer cell ("Autograded answer"): the learner writes here; nbgrader gives it no points, the
 * tests cell below carries them.
 */
export const answerNbgrader = (exercise) => ({
  grade: false,
  grade_id: `${exercise.id}-answer`,
  locked: false,
  schema_version: NBGRADER_SCHEMA_VERSION,
  solution: true,
  task: false,
});

/** The tests cell ("Autograder tests"): the check call, locked, graded, worth the exercise's points. */
export const testsNbgrader = (exercise) => ({
  grade: true,
  grade_id: exercise.id,
  locked: true,
  points: exercise.points,
  schema_version: NBGRADER_SCHEMA_VERSION,
  solution: false,
  task: false,
});
