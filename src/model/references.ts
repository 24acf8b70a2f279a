import { pointerToPath, problem, toPointer, type PolicyProblem } from './problems.js';

/** Something declared with an id somewhere in the document. */
export interface Declared {
  id: string;
}

/**
 * Indexes the items of one collection by id, reporting every duplicate id with a pointer to the second use.
 * A Map (not an object) so that ids like "constructor" or "toString" are ordinary keys.
 */
export function indexById<T extends Declared>(
  items: ReadonlyArray<T> | undefined,
  at: ReadonlyArray<string | number>,
  problems: PolicyProblem[],
): Map<string, T> {
  const index = new Map<string, T>();
  const firstUse = new Map<string, number>();
  (items ?? []).forEach((item, i) => {
    if (index.has(item.id)) {
      const first = pointerToPath(toPointer([...at, firstUse.get(item.id)!]));
      problems.push(
        problem(
          toPointer([...at, i, 'id']),
          'duplicate-id',
          `is "${item.id}", already the id of \`${first}\`; ids must be unique.`,
        ),
      );
      return;
    }
    index.set(item.id, item);
    firstUse.set(item.id, i);
  });
  return index;
}

/**
 * Resolves a list of id references against an index, reporting each dangling reference at its own pointer and
 * leaving it out of the result.
 */
export function resolveAll<T>(
  ids: ReadonlyArray<string> | undefined,
  at: ReadonlyArray<string | number>,
  index: ReadonlyMap<string, T>,
  declaredIn: string,
  problems: PolicyProblem[],
): T[] {
  const resolved: T[] = [];
  (ids ?? []).forEach((id, i) => {
    const hit = resolveOne(id, [...at, i], index, declaredIn, problems);
    if (hit !== undefined) resolved.push(hit);
  });
  return resolved;
}

/** Resolves one id reference; an undefined id is simply absent, an unknown one is reported. */
export function resolveOne<T>(
  id: string | undefined,
  at: ReadonlyArray<string | number>,
  index: ReadonlyMap<string, T>,
  declaredIn: string,
  problems: PolicyProblem[],
): T | undefined {
  if (id === undefined) return undefined;
  const hit = index.get(id);
  if (hit === undefined) {
    const known = [...index.keys()];
    const hint = known.length
      ? ` Declared ids: ${known.slice(0, 8).join(', ')}${known.length > 8 ? ', ...' : ''}.`
      : ` \`${declaredIn}\` declares none.`;
    problems.push(
      problem(
        toPointer(at),
        'dangling-reference',
        `refers to "${id}", which is not declared in \`${declaredIn}\`.${hint}`,
      ),
    );
  }
  return hit;
}
