/**
 * The documents holding changes made on this device that the server has not
 * confirmed yet, per account and city, kept in localStorage: a reload offline
 * counts the same, and `/status` (which loads no Automerge) can count them too.
 *
 * Each document is kept with the heads the server must have for it to be confirmed
 * (automerge-repo's encoded heads, as `handle.heads()` gives them), not with a mere
 * flag: another tab of the same account, whose copy lacks this tab's change, must
 * not take it off the list when the server confirms what that tab has.
 *
 * A document is recorded in the same task as the edit, before automerge-repo has
 * written the change to IndexedDB: counting one too many for a moment is harmless,
 * one too few would tell an editor in the field they may close the app. Every call
 * reads the stored list, so tabs agree. Deciding when heads are confirmed is the
 * workspace's (it needs the document).
 */

const PREFIX = "hospes.editor.";
const SUFFIX = ".unacknowledged";

type Waiting = Record<string, string[]>;

export class WaitingChanges {
  readonly #key: string;

  constructor(account: string | number, city: string) {
    this.#key = `${PREFIX}${String(account)}.${city}${SUFFIX}`;
  }

  /** The documents waiting. */
  ids(): string[] {
    return Object.keys(read(this.#key));
  }

  get count(): number {
    return this.ids().length;
  }

  /** The heads the server must have before `id` stops waiting; undefined when it does not wait. */
  heads(id: string): string[] | undefined {
    return read(this.#key)[id];
  }

  /** Records that `id` waits until the server has `heads`. */
  record(id: string, heads: readonly string[]): void {
    const waiting = read(this.#key);
    waiting[id] = [...heads];
    localStorage.setItem(this.#key, JSON.stringify(waiting));
  }

  /** Records that the server confirmed `id`; false when it was not waiting. */
  remove(id: string): boolean {
    const waiting = read(this.#key);
    if (!(id in waiting)) return false;
    delete waiting[id];
    localStorage.setItem(this.#key, JSON.stringify(waiting));
    return true;
  }
}

/** How many documents wait to be sent for `account`, in all its cities on this device. */
export function waitingForAccount(account: string | number): number {
  const prefix = `${PREFIX}${String(account)}.`;
  let count = 0;
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key?.startsWith(prefix) && key.endsWith(SUFFIX)) count += Object.keys(read(key)).length;
  }
  return count;
}

/** The stored list; empty when missing or unreadable (a list from another version included). */
function read(key: string): Waiting {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? "{}");
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return {};
    const waiting: Waiting = {};
    for (const [id, heads] of Object.entries(parsed)) {
      if (Array.isArray(heads) && heads.every((head) => typeof head === "string")) waiting[id] = heads as string[];
    }
    return waiting;
  } catch {
    return {};
  }
}
