import { unknownNameMessage } from "./suggest";

/** Entries looked up by name, in the order they were listed. */
export interface Registry<T> {
  /** Every name, in list order. */
  names(): string[];
  has(name: string): boolean;
  /** The entry, or an error that names the kind, suggests the closest name and lists them all. */
  get(name: string): T;
}

/**
 * A registry built from a list of definitions (activations, exercises, losses, init schemes, …), so
 * that every lookup by name in the core fails the same helpful way: "unknown loss 'mes'; did you
 * mean 'mse'? known: …". A name listed twice throws here, when the module loads: otherwise the
 * later entry would silently hide the earlier one.
 */
export function createRegistry<T>(kind: string, entries: readonly T[], nameOf: (entry: T) => string): Registry<T> {
  const byName = new Map<string, T>();
  for (const entry of entries) {
    const name = nameOf(entry);
    if (byName.has(name)) throw new Error(`${kind} '${name}' is listed twice; each name must be unique`);
    byName.set(name, entry);
  }
  const names = (): string[] => entries.map(nameOf);
  return {
    names,
    has: (name) => byName.has(name),
    get(name) {
      const found = byName.get(name);
      if (found === undefined) throw new Error(unknownNameMessage(kind, name, names()));
      return found;
    },
  };
}
