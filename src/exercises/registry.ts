import { unknownNameMessage } from "../text/suggest";
import { exerciseBank } from "./bank/index";
import type { Exercise } from "./types";

const exercisesById = new Map(exerciseBank.map((exercise) => [exercise.id, exercise]));

export function exerciseIds(): string[] {
  return exerciseBank.map((exercise) => exercise.id);
}

/** The exercise with this id, or an error that suggests the closest id and lists them all. */
export function exercise(id: string): Exercise {
  const found = exercisesById.get(id);
  if (found === undefined) throw new Error(unknownNameMessage("exercise", id, exerciseIds()));
  return found;
}
