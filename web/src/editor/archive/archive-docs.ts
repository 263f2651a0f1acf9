/**
 * The archive's documents as the editing app writes and reads them: an entry (theme,
 * title, the cities it speaks about, its voices in order) and each voice (one
 * person's words, their recording, translations), and which groups the account
 * belongs to in a city.
 *
 * Their Automerge form follows the server's model (sync/content/src/archive.rs):
 * the title, a voice's words and each translation's words are collaborative text;
 * every other string (ids, tags, the theme) is a plain value.
 */
import { ImmutableString } from "@automerge/automerge/slim";
import type { DocHandle } from "@automerge/automerge-repo/slim";
import type { SessionInfo } from "../../api";
import { toAutomergeShape } from "../../content/automerge-form.js";
import type { ArchiveEntry, Theme, Voice } from "../../content/generated/model";
import { needsGroup } from "../../roles";
import { changeDoc, listIn, readModel } from "../documents";
import type { DocEntry, Workspace } from "../workspace";

export const THEMES: readonly Theme[] = [
  "arrival",
  "first-contact-with-services",
  "housing",
  "work",
  "family",
  "belonging",
  "the-future",
  "other",
];

const TEXT_FIELDS = { entry: ["title"], voice: ["text", "translations[].text"] };

/** The entry's or voice's content in Automerge form. */
function shape(kind: keyof typeof TEXT_FIELDS, value: ArchiveEntry | Voice): Record<string, unknown> {
  return toAutomergeShape(value, TEXT_FIELDS[kind], (text: string) => new ImmutableString(text)) as Record<string, unknown>;
}

export interface GroupRole {
  group: string;
  moderator: boolean;
}

/** The archive groups the account is in, in `city` (where group roles are held). */
export function groupsIn(session: SessionInfo, city: string): GroupRole[] {
  const groups = new Map<string, boolean>();
  for (const grant of session.roles) {
    if (grant.city !== city || !needsGroup(grant.role) || !grant.group) continue;
    groups.set(grant.group, (groups.get(grant.group) ?? false) || grant.role === "group_moderator");
  }
  return [...groups].map(([group, moderator]) => ({ group, moderator }));
}

/** Whether the account holds a role in `city` other than an archive group's (the guide's side). */
export function editsGuide(session: SessionInfo, city: string): boolean {
  return session.roles.some((grant) => grant.city === city && !needsGroup(grant.role));
}

/** The group's entries this device knows of (opened or not). */
export function entriesOf(workspace: Workspace, group: string): DocEntry[] {
  return workspace.entries.filter((e) => e.kind === "archive_entry" && e.group === group);
}

/**
 * Makes an entry on this device, registered when online, and lists it in the
 * group's index (where the device has the index: the server's list is what the
 * app reads, the index is for other clients).
 */
export function createEntry(workspace: Workspace, group: string, fields: { theme: Theme; title: string; language: string; cities: string[] }): string {
  const entry: ArchiveEntry = { schema: 1, guide_links: [], voices: [], ...fields };
  const handle = workspace.create<unknown>("archive_entry", shape("entry", entry), { group });
  const id = handle.documentId as string;
  const index = workspace.entries.find((e) => e.kind === "archive_index" && e.group === group && e.write);
  if (index) {
    void workspace.document<unknown>(index.documentId).then((indexHandle) => {
      if (indexHandle) changeDoc(indexHandle, (doc) => listIn(doc, ["items"]).push(new ImmutableString(id)));
    });
  }
  return id;
}

/** Makes the account's voice in `entryId` (in `language`), added last to the entry. */
export function createVoice(workspace: Workspace, group: string, entry: DocHandle<unknown>, language: string): string {
  const entryId = entry.documentId as string;
  const voice: Voice = { schema: 1, entry: entryId, language, text: "", audio: null, translations: [] };
  const handle = workspace.create<unknown>("archive_voice", shape("voice", voice), { group, item: entryId });
  const id = handle.documentId as string;
  changeDoc(entry, (doc) => listIn(doc, ["voices"]).push(new ImmutableString(id)));
  return id;
}

/** Adds (or replaces) the translation of a voice into `language`. */
export function setTranslation(voice: DocHandle<unknown>, language: string, text: string, by: string): void {
  changeDoc(voice, (doc) => {
    const list = listIn(doc, ["translations"]);
    const at = list.findIndex((t) => String((t as { language?: unknown }).language) === language);
    if (at >= 0) list.splice(at, 1);
    list.push({ language: new ImmutableString(language), text, by: new ImmutableString(by) });
  });
}

/** Sets or clears the voice's recording (its content address). */
export function setAudio(voice: DocHandle<unknown>, hash: string | null): void {
  changeDoc(voice, (doc) => {
    doc.audio = hash === null ? null : new ImmutableString(hash);
  });
}

/** Sets or clears the voice's photo (its content address and what it shows). */
export function setPhoto(voice: DocHandle<unknown>, photo: { media: string; description: string } | null): void {
  changeDoc(voice, (doc) => {
    doc.photo = photo === null ? null : { media: new ImmutableString(photo.media), description: new ImmutableString(photo.description) };
  });
}

/** Changes what the voice's photo is said to show. */
export function describePhoto(voice: DocHandle<unknown>, description: string): void {
  changeDoc(voice, (doc) => {
    const photo = doc.photo as Record<string, unknown> | null | undefined;
    if (photo) photo.description = new ImmutableString(description);
  });
}

/** The document as the model, or undefined while it is still arriving. */
export function read<T>(handle: DocHandle<unknown> | undefined): T | undefined {
  const doc = handle?.doc();
  if (!doc) return undefined;
  try {
    return readModel<T>(doc);
  } catch {
    return undefined;
  }
}
