/**
 * Media waiting to be uploaded: a voice's recording or photo, made or chosen offline,
 * is kept in IndexedDB (too big for localStorage) and uploaded to its group's media
 * (`POST /api/v1/cities/{city}/groups/{group}/media`) when the server can be reached;
 * then the voice points at the file's content address and the copy here is dropped.
 *
 * One file per voice and slot: recording again (or choosing another photo) replaces the
 * one waiting. Files are checked here first (type and size, the server's own limits) so
 * that a wrong one is refused at once, offline too, rather than kept for nothing.
 */
import { api, ApiError } from "../../api";
import { MEDIA_TAKEN } from "../../generated/api";

/** What a voice holds: its recording, its photo. */
export type Slot = "audio" | "photo";

export interface WaitingMedia {
  voice: string;
  slot: Slot;
  /** The city hosting the group (group names are unique within a city only). */
  city: string;
  group: string;
  /** The Content-Type sent (without codec parameters: the server checks the type). */
  mime: string;
  blob: Blob;
  /** A photo's description, typed while it waits. */
  description?: string;
  /** Which file this is (set when kept): an upload drops the copy only if it is still this one. */
  id?: string;
}

/** Why a file is not taken: too large, or not a type the archive takes. */
export type Refusal = "too-large" | "wrong-type";

/** What came of an upload: the hash, or why not (kept for later, or refused for good). */
export type UploadResult = { hash: string } | { waiting: true } | { refused: Refusal };

/** The types the server takes for each slot, and their limits: the server's own allow-list. */
const TAKEN: Record<Slot, { types: readonly string[]; maxBytes: number }> = MEDIA_TAKEN;

/** Types browsers give files by their extension when the system gives none. */
const BY_EXTENSION: Record<string, string> = {
  webm: "audio/webm",
  ogg: "audio/ogg",
  oga: "audio/ogg",
  opus: "audio/ogg",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
};

/** The `accept` attribute of a file input for `slot`. */
export function accepted(slot: Slot): string {
  const extensions = Object.entries(BY_EXTENSION)
    .filter(([, type]) => TAKEN[slot].types.includes(type))
    .map(([extension]) => `.${extension}`);
  return [...TAKEN[slot].types, ...extensions].join(",");
}

/** The type as the server takes it: `audio/webm;codecs=opus` is sent as `audio/webm`. */
export function essence(mime: string): string {
  return (mime.split(";")[0] ?? "").trim().toLowerCase();
}

/** The type to send a file as, or why it is refused before anything is kept. */
export function check(slot: Slot, file: Blob & { name?: string }): { mime: string } | { refused: Refusal } {
  const extension = file.name?.split(".").pop()?.toLowerCase() ?? "";
  const mime = essence(file.type) || BY_EXTENSION[extension] || "";
  if (!TAKEN[slot].types.includes(mime)) return { refused: "wrong-type" };
  if (file.size > TAKEN[slot].maxBytes) return { refused: "too-large" };
  return { mime };
}

const DATABASE = "hospes-media";
const STORE = "waiting";
let opened: Promise<IDBDatabase> | undefined;

const keyOf = (voice: string, slot: Slot) => [voice, slot];

function database(): Promise<IDBDatabase> {
  opened ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: ["voice", "slot"] });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => {
      opened = undefined;
      reject(request.error ?? new Error("IndexedDB unavailable"));
    };
  });
  return opened;
}

async function inStore<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await database();
  return new Promise((resolve, reject) => {
    const request = act(db.transaction(STORE, mode).objectStore(STORE));
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB request failed"));
  });
}

export function keep(media: WaitingMedia): Promise<unknown> {
  return inStore("readwrite", (store) => store.put({ ...media, id: media.id ?? crypto.randomUUID() }));
}

export function waiting(voice: string, slot: Slot): Promise<WaitingMedia | undefined> {
  return inStore<WaitingMedia | undefined>("readonly", (store) => store.get(keyOf(voice, slot)) as IDBRequest<WaitingMedia | undefined>);
}

export function drop(voice: string, slot: Slot): Promise<unknown> {
  return inStore("readwrite", (store) => store.delete(keyOf(voice, slot)));
}

/**
 * Uploads the voice's waiting file in `slot`. Offline or the server failing: it waits.
 * Refused (too large, a type the server does not take, a file that is not what its type
 * says): it stays on the device (never lost without its author saying so), with the
 * reason; the author may discard it.
 */
export async function upload(voice: string, slot: Slot): Promise<UploadResult> {
  const media = await waiting(voice, slot);
  if (!media) return { waiting: true };
  try {
    const stored = await api.uploadMedia(media.city, media.group, media.blob, media.mime);
    // Another file may have been chosen meanwhile: that one still waits.
    if ((await waiting(voice, slot))?.id === media.id) await drop(voice, slot);
    return { hash: stored.hash };
  } catch (error) {
    if (!(error instanceof ApiError)) return { waiting: true };
    if (error.status === 413) return { refused: "too-large" };
    if ((error.status === 415 && !jsonGate(error)) || error.status === 422) return { refused: "wrong-type" };
    return { waiting: true };
  }
}

/**
 * The server's check that API requests are JSON, answering for a path with no media
 * endpoint behind it (a server from before media uploads): not a refusal of this
 * file, which waits for a server that takes it.
 */
function jsonGate(error: ApiError): boolean {
  return error.code === "unsupported_media_type" && error.message.includes("application/json");
}
