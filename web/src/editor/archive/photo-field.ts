/**
 * A voice's photo, for its author: choose one (kept on the device and uploaded when the
 * server can be reached, as a recording is), say what it shows for people who cannot
 * see it, remove it. The server removes its location and camera details on upload; the
 * hint says so before anything is chosen, and a wrong file is refused at once.
 */
import type { DocHandle } from "@automerge/automerge-repo/slim";
import type { Voice } from "../../content/generated/model";
import { element, setMessage, uid } from "../../page";
import { describePhoto, read, setPhoto } from "./archive-docs";
import { accepted, check, drop, keep, upload, waiting, type Refusal, type WaitingMedia } from "./waiting-media";

const RETRY_MS = 15_000;

type State = "none" | "waiting" | "uploaded" | `refused-${Refusal}`;

export function photoField(voiceId: string, city: string, group: string, handle: DocHandle<unknown>): { node: HTMLElement; refresh: () => void; stop: () => void } {
  const node = element("fieldset", undefined, { class: "photo" });
  node.append(element("legend", "archive-photo"));
  const chooser = element("div", undefined, { class: "field" });
  const file = element("input", undefined, { type: "file", id: uid("photo"), accept: accepted("photo") });
  const hint = element("p", "archive-photo-hint", { class: "hint", id: uid("photo-hint") });
  file.setAttribute("aria-describedby", hint.id);
  chooser.append(element("label", "archive-photo-choose", { for: file.id }), hint, file);
  const preview = element("img", undefined, { class: "voice-photo", alt: "" });
  const describing = element("div", undefined, { class: "field" });
  const description = element("input", undefined, { type: "text", id: uid("photo-description") });
  describing.append(element("label", "archive-photo-description", { for: description.id }), description);
  const remove = element("button", "archive-photo-remove", { type: "button", class: "secondary" });
  const status = element("p", undefined, { role: "status", class: "photo-state" });
  node.append(chooser, preview, describing, remove, status);

  let state: State = "none";
  let localUrl: string | undefined;
  let kept: WaitingMedia | undefined;
  let left = false;
  /** Counts the author's choices of file, so that a late upload answer for an older one is ignored. */
  let generation = 0;

  const show = (src: string | undefined, alt: string) => {
    if (localUrl && src !== localUrl) {
      URL.revokeObjectURL(localUrl);
      localUrl = undefined;
    }
    if (src) preview.src = src;
    else preview.removeAttribute("src");
    preview.alt = alt;
  };

  const enter = (next: State) => {
    state = next;
    setMessage(status, `archive-photo-${next}`);
    node.dataset.state = next;
    const has = next === "waiting" || next === "uploaded";
    preview.hidden = !has || !preview.hasAttribute("src");
    describing.hidden = !has;
    remove.hidden = !has;
  };

  /** Where the photo stands: on the device waiting, uploaded, or none. */
  const refresh = () => {
    if (left) return;
    void waiting(voiceId, "photo").then((found) => {
      if (left) return;
      kept = found;
      const photo = read<Voice>(handle)?.photo ?? null;
      if (found) {
        if (!localUrl) {
          localUrl = URL.createObjectURL(found.blob);
          show(localUrl, found.description ?? "");
        }
        if (document.activeElement !== description) description.value = found.description ?? "";
        enter(state.startsWith("refused-") ? state : "waiting");
      } else if (photo) {
        const src = `/api/v1/media/${encodeURIComponent(photo.media)}`;
        if (preview.getAttribute("src") !== src) show(src, photo.description);
        preview.alt = photo.description;
        if (document.activeElement !== description) description.value = photo.description;
        enter(state.startsWith("refused-") ? state : "uploaded");
      } else if (!state.startsWith("refused-")) {
        show(undefined, "");
        enter("none");
      }
    });
  };

  const tryUpload = async () => {
    const asked = generation;
    const result = await upload(voiceId, "photo");
    // The author chose, recorded or discarded since: this answer is about another file.
    if (left || asked !== generation) return;
    if ("hash" in result) setPhoto(handle, { media: result.hash, description: kept?.description ?? description.value.trim() });
    if ("refused" in result) {
      enter(`refused-${result.refused}`);
      return;
    }
    refresh();
  };

  file.addEventListener("change", () => {
    const chosen = file.files?.[0];
    file.value = "";
    if (!chosen) return;
    const checked = check("photo", chosen);
    generation++;
    if ("refused" in checked) {
      enter(`refused-${checked.refused}`);
      return;
    }
    void keep({ voice: voiceId, slot: "photo", city, group, mime: checked.mime, blob: chosen, description: description.value.trim() }).then(() => {
      show(undefined, "");
      state = "none";
      refresh();
      void tryUpload();
    });
  });
  description.addEventListener("change", () => {
    const text = description.value.trim();
    preview.alt = text;
    if (kept) {
      kept = { ...kept, description: text };
      void keep(kept);
    }
    else describePhoto(handle, text);
  });
  remove.addEventListener("click", () => {
    generation++;
    void drop(voiceId, "photo").then(() => {
      if (read<Voice>(handle)?.photo) setPhoto(handle, null);
      kept = undefined;
      description.value = "";
      show(undefined, "");
      enter("none");
    });
  });

  const online = () => void tryUpload();
  window.addEventListener("online", online);
  const timer = window.setInterval(() => {
    if (state === "waiting") void tryUpload();
  }, RETRY_MS);
  enter("none");
  refresh();
  void tryUpload();
  return {
    node,
    refresh,
    stop() {
      left = true;
      window.removeEventListener("online", online);
      window.clearInterval(timer);
      if (localUrl) URL.revokeObjectURL(localUrl);
    },
  };
}
