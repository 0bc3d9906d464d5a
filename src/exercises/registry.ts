import { createRegistry } from "../util/registry";
import { exerciseBank } from "./bank/index";
import type { Exercise } from "./types";

const registry = createRegistry("exercise", exerciseBank, (entry) => entry.id);

export function exerciseIds(): string[] {
  return registry.names();
}

/** The exercise with this id, or an error that suggests the closest id and lists them all. */
export function exercise(id: string): Exercise {
  return registry.get(id);
}
