/**
 * `/archive/<city>/<group>/<entry>`: one entry of the archive, its voices side by
 * side (each its own document, never merged into one text), each named as the viewer
 * may know its author; "add my voice" (words, a recording, both); translations of a
 * voice, marked as such; the author's consent on their own voices; and, for the
 * group's moderators, publishing the entry with the voices consented to the public.
 */
import type { DocHandle } from "@automerge/automerge-repo/slim";
import { api, ApiError, NetworkError } from "../../api";
import type { ArchiveEntry, Voice } from "../../content/generated/model";
import { availableLocales, currentLocale, localize } from "../../i18n";
import { coalesce, element, setMessage, uid } from "../../page";
import { createVoice, groupsIn, read, setTranslation, THEMES } from "../archive/archive-docs";
import { consentPanel, type ConsentPanel } from "../archive/consent-panel";
import { notePublished } from "../archive/entry-list";
import { guidePages } from "../archive/guide-pages";
import { photoField } from "../archive/photo-field";
import { recorder } from "../archive/recorder";
import { changeDoc, listIn } from "../documents";
import { editorPage } from "../editor-page";
import { languageName } from "../language-names";
import { checkList, type Option } from "../widgets/check-list";
import { textField, valueField, type Bound } from "../widgets/fields";
import type { Workspace } from "../workspace";

export const archiveEntryPage = editorPage(async (content, workspace, [group = "", id = ""]) => {
  const city = workspace.city;
  const back = element("p");
  back.append(element("a", "archive-back", { href: `/archive/${encodeURIComponent(city)}/${encodeURIComponent(group)}` }));
  content.append(back);
  const membership = groupsIn(workspace.session, city).find((g) => g.group === group);
  const handle = membership ? await workspace.document<unknown>(id) : undefined;
  if (!membership || !handle || !read<ArchiveEntry>(handle)) {
    content.append(element("h1", "archive-page-title"), element("p", membership ? "archive-entry-missing" : "archive-not-member", { role: "alert" }));
    return;
  }

  const heading = element("h1", undefined, { dir: "auto" });
  const form = element("div", undefined, { class: "editor-form" });
  const bound: Bound[] = [textField(form, handle, ["title"], "archive-entry-title")];
  const theme = element("select");
  for (const value of THEMES) theme.append(element("option", `archive-theme-${value}`, { value }));
  bound.push(valueField(form, handle, ["theme"], "archive-theme", theme));
  // Offered once the guide's pages came (when online); a page already chosen shows by its id until then.
  const pages: Option[] = [];
  const links = checkList(form, handle, ["guide_links"], "archive-guide-links", () => {
    const chosen = read<ArchiveEntry>(handle)?.guide_links ?? [];
    return [...pages, ...chosen.filter((id) => !pages.some((page) => page.value === id)).map((id) => ({ value: id, label: id }))];
  });
  bound.push(links);
  const loadPages = () =>
    guidePages(city).then(
      (found) => {
        pages.splice(0, pages.length, ...found);
        links.refresh();
      },
      () => window.addEventListener("online", () => void loadPages(), { once: true }),
    );
  void loadPages();
  content.append(heading, form);
  const publishing = membership.moderator ? publishControls(id) : undefined;
  if (publishing) content.append(publishing.node);

  const voicesHeadingId = uid("voices");
  const voices = element("ul", undefined, { class: "voices", "aria-labelledby": voicesHeadingId });
  content.append(element("h2", "archive-voices", { id: voicesHeadingId }), voices);
  const empty = element("p", "archive-no-voices", { class: "muted" });
  content.append(empty);
  const add = addVoiceForm(() => {
    createVoice(workspace, group, handle, add.language());
    draw();
  });
  content.append(add.node);

  const cards = new Map<string, VoiceCard>();
  const asked = new Set<string>();
  const removeVoice = (voiceId: string) =>
    changeDoc(handle, (doc) => {
      const list = listIn(doc, ["voices"]);
      const at = list.findIndex((v) => String(v) === voiceId);
      if (at >= 0) list.splice(at, 1);
    });

  let left = false;
  const draw = () => {
    const entry = read<ArchiveEntry>(handle);
    if (!entry || left) return;
    heading.textContent = entry.title || "—";
    for (const b of bound) b.refresh();
    const shown: HTMLElement[] = [];
    let mine = false;
    for (const voiceId of entry.voices) {
      const voiceHandle = workspace.handle<unknown>(voiceId);
      if (!voiceHandle) {
        openLater(workspace, voiceId, asked, draw);
        continue;
      }
      let card = cards.get(voiceId);
      if (!card) {
        const author = workspace.entry(voiceId)?.author;
        card = voiceCard(workspace, group, voiceId, voiceHandle, author?.own ? "own" : author?.name ?? null, () => {
          cards.get(voiceId)?.stop();
          cards.delete(voiceId);
          removeVoice(voiceId);
        });
        cards.set(voiceId, card);
        localize(card.node);
      }
      mine ||= card.own;
      card.refresh();
      shown.push(card.node);
    }
    // Moved only when the order changed: moving a card would take the focus out of it.
    const current = [...voices.children];
    if (current.length !== shown.length || current.some((node, i) => node !== shown[i])) voices.replaceChildren(...shown);
    empty.hidden = shown.length > 0;
    add.node.hidden = mine;
  };
  const redraw = coalesce(draw, 150);
  const stop = workspace.watch(redraw.soon);
  draw();
  return () => {
    left = true;
    stop();
    redraw.cancel();
    for (const card of cards.values()) card.stop();
  };
});

/**
 * Opens a voice not on the device yet: one made by another member is in the
 * server's list only once they registered it, so the list is asked for again.
 */
function openLater(workspace: Workspace, voiceId: string, asked: Set<string>, then: () => void): void {
  if (asked.has(voiceId)) return;
  asked.add(voiceId);
  void (async () => {
    if (!workspace.entry(voiceId)) await workspace.refreshList();
    const opened = await workspace.document(voiceId);
    if (opened) then();
    // Not listed yet (its registration may still be on its way): try again in a while.
    else
      window.setTimeout(() => {
        asked.delete(voiceId);
        then();
      }, 5_000);
  })();
}

function addVoiceForm(onAdd: () => void): { node: HTMLElement; language: () => string } {
  const node = element("form", undefined, { class: "add-voice", novalidate: "" });
  const headingId = uid("add-voice");
  node.setAttribute("aria-labelledby", headingId);
  const language = element("select", undefined, { id: uid("voice-language") });
  for (const locale of availableLocales()) {
    const option = new Option(locale.name, locale.code, false, locale.code === currentLocale().code);
    option.lang = locale.code;
    language.append(option);
  }
  const row = element("div", undefined, { class: "field" });
  row.append(element("label", "archive-voice-language", { for: language.id }), language);
  node.append(element("h2", "archive-add-voice", { id: headingId }), element("p", "archive-add-voice-hint", { class: "hint" }), row, element("button", "archive-add-voice-create", { type: "submit", class: "primary" }));
  node.addEventListener("submit", (event) => {
    event.preventDefault();
    onAdd();
  });
  return { node, language: () => language.value };
}

interface VoiceCard {
  node: HTMLElement;
  own: boolean;
  refresh(): void;
  stop(): void;
}

/**
 * One voice: who (as the server says the user may know: "your voice", its author's
 * name for the group, the name the author chose for a city editor), its language, its words (a transcript for a recording),
 * its recording, its translations; the author's own also recording and consent.
 */
function voiceCard(
  workspace: Workspace,
  group: string,
  voiceId: string,
  handle: DocHandle<unknown>,
  author: "own" | string | null,
  onWithdrawn: () => void,
): VoiceCard {
  const node = element("li", undefined, { class: "voice" });
  node.dataset.voice = voiceId;
  const heading = element("h3", undefined, { class: "voice-author" });
  if (author === "own") setMessage(heading, "archive-voice-yours");
  else if (author) setMessage(heading, "archive-voice-of", { name: author });
  else setMessage(heading, "archive-voice-unknown");
  const language = element("p", undefined, { class: "muted" });
  const words = element("div");
  const wordsField = textField(words, handle, ["text"], "archive-voice-text", { multiline: true, hint: "archive-voice-text-hint" });
  node.append(heading, language, words);

  const stops: (() => void)[] = [];
  let rec: ReturnType<typeof recorder> | undefined;
  let consent: ConsentPanel | undefined;
  let photo: ReturnType<typeof photoField> | undefined;
  const otherAudio = element("audio", "archive-record-play", { controls: "", preload: "none" });
  const otherPhoto = element("img", undefined, { class: "voice-photo", alt: "" });
  if (author === "own") {
    rec = recorder(voiceId, workspace.city, group, handle);
    stops.push(rec.stop);
    photo = photoField(voiceId, workspace.city, group, handle);
    stops.push(photo.stop);
    consent = consentPanel(voiceId, workspace.session.account.name, onWithdrawn);
    stops.push(consent.stop);
    node.append(rec.node, photo.node);
  } else {
    node.append(otherAudio, otherPhoto);
  }

  // Not a landmark: every voice has its own, which would make landmarks of one name.
  const translations = element("div", undefined, { class: "voice-translations" });
  const translationList = element("div");
  const addTranslation = element("div", undefined, { class: "field add-translation" });
  const into = element("select", undefined, { id: uid("into") });
  for (const locale of availableLocales()) {
    const option = new Option(locale.name, locale.code);
    option.lang = locale.code;
    into.append(option);
  }
  const addButton = element("button", "archive-translation-add", { type: "button", class: "secondary" });
  addTranslation.append(element("label", "archive-translation-language", { for: into.id }), into, addButton);
  translations.append(element("h4", "archive-translations"), translationList, addTranslation);
  node.append(translations);
  if (consent) node.append(consent.node);

  let translationKey = "";
  let translationFields: Bound[] = [];
  addButton.addEventListener("click", () => {
    const voice = read<Voice>(handle);
    if (!voice || voice.translations.some((t) => t.language === into.value) || into.value === voice.language) return;
    setTranslation(handle, into.value, "", author === "own" ? "" : workspace.session.account.name);
  });

  return {
    node,
    own: author === "own",
    refresh() {
      const voice = read<Voice>(handle);
      if (!voice) return;
      setMessage(language, "archive-voice-in", { language: languageName(voice.language) });
      const control = words.querySelector<HTMLTextAreaElement>("textarea");
      if (control) control.lang = voice.language;
      wordsField.refresh();
      if (!rec) {
        otherAudio.hidden = !voice.audio;
        const src = voice.audio ? `/api/v1/media/${encodeURIComponent(voice.audio)}` : "";
        if (voice.audio && otherAudio.getAttribute("src") !== src) otherAudio.src = src;
        const shown = voice.photo ?? null;
        otherPhoto.hidden = !shown;
        const photoSrc = shown ? `/api/v1/media/${encodeURIComponent(shown.media)}` : "";
        if (shown && otherPhoto.getAttribute("src") !== photoSrc) otherPhoto.src = photoSrc;
        otherPhoto.alt = shown?.description ?? "";
      }
      rec?.refresh();
      photo?.refresh();
      consent?.refresh();
      // The translations are drawn again when one is added or removed (not while typing in one).
      const key = voice.translations.map((t) => `${t.language}:${t.by}`).join("|");
      if (key !== translationKey && !translationList.contains(document.activeElement)) {
        translationKey = key;
        translationList.replaceChildren();
        translationFields = voice.translations.map((t, i) => {
          const box = element("div", undefined, { class: "translation" });
          // An author's own translation names no one: the document reaches the city's editors too.
          const bound = textField(box, handle, ["translations", i, "text"], t.by ? "archive-translation-text" : "archive-translation-text-own");
          const label = box.querySelector("label");
          if (label) label.dataset.l10nArgs = JSON.stringify({ language: languageName(t.language), by: t.by });
          const textarea = box.querySelector<HTMLElement>("input, textarea");
          if (textarea) textarea.lang = t.language;
          translationList.append(box);
          return bound;
        });
        localize(translationList);
      }
      for (const field of translationFields) field.refresh();
    },
    stop() {
      for (const stop of stops) stop();
    },
  };
}

/** Publish / unpublish, with the server's refusal in plain words. */
function publishControls(id: string): { node: HTMLElement } {
  const node = element("section", undefined, { class: "publishing" });
  const headingId = uid("publishing");
  node.setAttribute("aria-labelledby", headingId);
  const status = element("p", undefined, { role: "status", class: "publish-status" });
  const publish = element("button", "archive-publish", { type: "button", class: "primary" });
  const unpublish = element("button", "archive-unpublish", { type: "button", class: "danger" });
  const actions = element("p", undefined, { class: "actions" });
  actions.append(publish, unpublish);
  node.append(element("h2", "editor-publishing", { id: headingId }), element("p", "archive-publish-hint", { class: "hint" }), actions, status);
  const showState = (published: boolean) => {
    notePublished(id, published);
    unpublish.hidden = !published;
  };
  void api.publication(id).then(
    (p) => {
      showState(p.published);
      setMessage(status, p.published ? "archive-state-published" : "archive-state-unpublished");
    },
    () => {
      unpublish.hidden = true;
    },
  );
  const failed = (error: unknown) => {
    if (error instanceof NetworkError) setMessage(status, "editor-publish-offline");
    else if (error instanceof ApiError && error.code === "not_publishable") setMessage(status, "archive-publish-refused");
    else if (error instanceof ApiError && error.status === 404) setMessage(status, "archive-publish-not-synced");
    else setMessage(status, "archive-publish-failed");
  };
  publish.addEventListener("click", () => {
    api.publishEntry(id).then(() => {
      showState(true);
      setMessage(status, "archive-published");
    }, failed);
  });
  unpublish.addEventListener("click", () => {
    api.unpublish(id).then(() => {
      showState(false);
      setMessage(status, "archive-unpublished");
    }, failed);
  });
  return { node };
}
