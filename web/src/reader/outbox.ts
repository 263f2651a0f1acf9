/**
 * Suggestions waiting to be sent: a reader's correction is written to this phone
 * first and sent when the server can be reached (now, or when the phone is back
 * online, or when the app next opens). Each carries a random id, so a send that
 * reached the server but whose answer was lost is not stored twice there.
 */
import { api, ApiError, NetworkError } from "../api";

const OUTBOX_KEY = "hospes.suggestions.outbox";

export interface Suggestion {
  city: string;
  client_id: string;
  item?: string;
  language: string;
  topic: string;
  message: string;
}

export type SendResult = "sent" | "queued" | "refused";

function read(): Suggestion[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(OUTBOX_KEY) ?? "[]");
    return Array.isArray(parsed) ? (parsed as Suggestion[]) : [];
  } catch {
    return [];
  }
}

function write(list: Suggestion[]): void {
  try {
    localStorage.setItem(OUTBOX_KEY, JSON.stringify(list));
  } catch {
    // storage full or disabled: the suggestion lasts as long as the page
  }
}

export function newClientId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** How many suggestions wait on this phone. */
export function waiting(): number {
  return read().length;
}

/** Keeps the suggestion, then tries to send everything waiting. */
export async function submit(suggestion: Suggestion): Promise<SendResult> {
  write([...read().filter((s) => s.client_id !== suggestion.client_id), suggestion]);
  await flush();
  const still = read().some((s) => s.client_id === suggestion.client_id);
  if (!still) return refused.has(suggestion.client_id) ? "refused" : "sent";
  return "queued";
}

const refused = new Set<string>();
let flushing: Promise<void> | undefined;

/** Sends what waits; stops at the first network failure (still offline). */
export function flush(): Promise<void> {
  flushing ??= sendAll().finally(() => (flushing = undefined));
  return flushing;
}

async function sendAll(): Promise<void> {
  for (const suggestion of read()) {
    const { city, ...body } = suggestion;
    try {
      await api.suggest(city, body);
    } catch (error) {
      if (error instanceof NetworkError) return; // offline: try again later
      if (error instanceof ApiError) {
        if (error.status === 429 || error.status >= 500) return; // later
        // Refused for good (the item was unpublished, say): done with it too.
        refused.add(suggestion.client_id);
      }
    }
    write(read().filter((s) => s.client_id !== suggestion.client_id));
  }
}

/** Sends waiting suggestions whenever the phone comes back online, and now. */
export function startOutbox(): void {
  window.addEventListener("online", () => void flush());
  if (waiting() > 0) void flush();
}
