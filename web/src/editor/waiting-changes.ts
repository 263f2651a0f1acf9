/**
 * The documents holding changes made on this device that the server has not
 * confirmed yet, per account and city, kept in localStorage: a reload offline
 * counts the same, and `/status` (which loads no Automerge) can count them too.
 *
 * A document joins the list in the same task as the edit, before automerge-repo has
 * written the change to IndexedDB: counting one too many for a moment is harmless,
 * one too few would tell an editor in the field they may close the app. It leaves
 * the list once the server's sync heads cover the document's heads (see
 * `Workspace`). Every call reads the stored list, so two tabs agree.
 */

const PREFIX = "hospes.editor.";
const SUFFIX = ".unacknowledged";

export class WaitingChanges {
  readonly #key: string;

  constructor(account: string | number, city: string) {
    this.#key = `${PREFIX}${String(account)}.${city}${SUFFIX}`;
  }

  /** The documents waiting, in the order they were first changed. */
  ids(): string[] {
    return readIds(this.#key);
  }

  get count(): number {
    return this.ids().length;
  }

  has(id: string): boolean {
    return this.ids().includes(id);
  }

  /** Records that `id` has a change the server has not confirmed; false when it was already waiting. */
  add(id: string): boolean {
    const ids = this.ids();
    if (ids.includes(id)) return false;
    localStorage.setItem(this.#key, JSON.stringify([...ids, id]));
    return true;
  }

  /** Records that the server confirmed everything of `id`; false when it was not waiting. */
  remove(id: string): boolean {
    const ids = this.ids();
    if (!ids.includes(id)) return false;
    localStorage.setItem(this.#key, JSON.stringify(ids.filter((waiting) => waiting !== id)));
    return true;
  }
}

/** How many documents wait to be sent for `account`, in all its cities on this device. */
export function waitingForAccount(account: string | number): number {
  const prefix = `${PREFIX}${String(account)}.`;
  let count = 0;
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key?.startsWith(prefix) && key.endsWith(SUFFIX)) count += readIds(key).length;
  }
  return count;
}

function readIds(key: string): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? "[]");
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === "string") : [];
  } catch {
    return [];
  }
}
