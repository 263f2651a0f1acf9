/**
 * Recordings waiting to be uploaded: a voice recorded offline is kept in IndexedDB
 * (a recording is too big for localStorage) and uploaded to its group's media
 * (`POST /api/v1/cities/{city}/groups/{group}/media`) when the server can be reached; then the
 * voice's `audio` is set to the file's content address and the copy here is dropped.
 *
 * One recording per voice: recording again replaces the one waiting.
 */
import { api, ApiError } from "../../api";

export interface Recording {
  voice: string;
  /** The city hosting the group (group names are unique within a city only). */
  city: string;
  group: string;
  /** The Content-Type sent (without codec parameters: the server checks the type). */
  mime: string;
  blob: Blob;
}

/** What came of an upload: the hash, or why not (kept for later, or refused for good). */
export type UploadResult = { hash: string } | { waiting: true } | { refused: string };

const DATABASE = "hospes-recordings";
const STORE = "recordings";
let opened: Promise<IDBDatabase> | undefined;

function database(): Promise<IDBDatabase> {
  opened ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: "voice" });
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

export function keepRecording(recording: Recording): Promise<unknown> {
  return inStore("readwrite", (store) => store.put(recording));
}

export function waitingRecording(voice: string): Promise<Recording | undefined> {
  return inStore<Recording | undefined>("readonly", (store) => store.get(voice) as IDBRequest<Recording | undefined>);
}

export function dropRecording(voice: string): Promise<unknown> {
  return inStore("readwrite", (store) => store.delete(voice));
}

/** The type as the server takes it: `audio/webm;codecs=opus` is sent as `audio/webm`. */
export function essence(mime: string): string {
  return (mime.split(";")[0] ?? "").trim().toLowerCase() || "audio/webm";
}

/**
 * Uploads the voice's waiting recording. Offline or the server failing: it waits.
 * Refused (too large, a type the server does not take): it stays on the device (never
 * lost without its author saying so), with the reason; the author may discard it.
 */
export async function upload(voice: string): Promise<UploadResult> {
  const recording = await waitingRecording(voice);
  if (!recording) return { waiting: true };
  try {
    const stored = await api.uploadMedia(recording.city, recording.group, recording.blob, recording.mime);
    await dropRecording(voice);
    return { hash: stored.hash };
  } catch (error) {
    if (error instanceof ApiError && (error.status === 413 || (error.status === 415 && !jsonGate(error)))) return { refused: error.code };
    return { waiting: true };
  }
}

/**
 * The server's check that API requests are JSON, answering for a path with no media
 * endpoint behind it (a server from before media uploads): not a refusal of this
 * recording, which waits for a server that takes it.
 */
function jsonGate(error: ApiError): boolean {
  return error.code === "unsupported_media_type" && error.message.includes("application/json");
}
