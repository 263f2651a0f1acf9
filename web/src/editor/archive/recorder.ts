/**
 * Recording one's voice: record, stop, play back, discard, or choose an audio file
 * made elsewhere (a phone's voice memo). The recording is kept on the device at once
 * (see `waiting-media`) and uploaded when the server can be reached; the line under the
 * buttons says which it is, or why a file was not taken, in plain words.
 */
import type { DocHandle } from "@automerge/automerge-repo/slim";
import type { Voice } from "../../content/generated/model";
import { element, setMessage, uid } from "../../page";
import { read, setAudio } from "./archive-docs";
import { accepted, check, drop, essence, keep, upload, waiting, type Refusal } from "./waiting-media";

const RETRY_MS = 15_000;

type State = "none" | "recording" | "waiting" | "uploaded" | `refused-${Refusal}` | "no-microphone";

const isRefused = (state: State) => state.startsWith("refused-");

export function recorder(voiceId: string, city: string, group: string, handle: DocHandle<unknown>): { node: HTMLElement; refresh: () => void; stop: () => void } {
  const node = element("fieldset", undefined, { class: "recorder" });
  node.append(element("legend", "archive-recording"));
  const buttons = element("p", undefined, { class: "actions" });
  const record = element("button", "archive-record", { type: "button" });
  const stopButton = element("button", "archive-record-stop", { type: "button" });
  const discard = element("button", "archive-record-discard", { type: "button", class: "secondary" });
  buttons.append(record, stopButton, discard);
  const player = element("audio", "archive-record-play", { controls: "", preload: "none" });
  const status = element("p", undefined, { role: "status", class: "recording-state" });
  const chooser = element("div", undefined, { class: "field" });
  const file = element("input", undefined, { type: "file", id: uid("audio-file"), accept: accepted("audio") });
  const fileHint = element("p", "archive-audio-file-hint", { class: "hint", id: uid("audio-file-hint") });
  file.setAttribute("aria-describedby", fileHint.id);
  chooser.append(element("label", "archive-audio-file", { for: file.id }), fileHint, file);
  node.append(buttons, player, status, chooser);

  let state: State = "none";
  let localUrl: string | undefined;
  let media: MediaRecorder | undefined;
  let left = false;
  /** Counts the author's choices of file, so that a late upload answer for an older one is ignored. */
  let generation = 0;

  const enter = (next: State) => {
    state = next;
    setMessage(status, `archive-recording-${next}`);
    node.dataset.state = next;
    record.hidden = next === "recording";
    stopButton.hidden = next !== "recording";
    discard.hidden = next === "none" || next === "recording" || next === "no-microphone";
    player.hidden = !(next === "waiting" || next === "uploaded" || isRefused(next)) || !player.hasAttribute("src");
    chooser.hidden = next === "recording";
  };

  const usePlayback = (src: string | undefined) => {
    if (localUrl && src !== localUrl) URL.revokeObjectURL(localUrl);
    if (src) player.src = src;
    else player.removeAttribute("src");
  };

  /** Where the recording stands: on the device waiting, uploaded, or none. */
  const refresh = () => {
    if (state === "recording" || left) return;
    void waiting(voiceId, "audio").then((kept) => {
      if (left || state === "recording") return;
      if (kept) {
        if (!localUrl) {
          localUrl = URL.createObjectURL(kept.blob);
          usePlayback(localUrl);
        }
        // A refused recording stays until its author discards it or records again.
        enter(isRefused(state) ? state : "waiting");
        return;
      }
      const audio = read<Voice>(handle)?.audio;
      if (audio) {
        const src = `/api/v1/media/${encodeURIComponent(audio)}`;
        if (player.getAttribute("src") !== src) usePlayback(src);
        localUrl = undefined;
        // A file refused just now is said until its author does something else.
        enter(isRefused(state) ? state : "uploaded");
      } else if (!isRefused(state) && state !== "no-microphone") {
        usePlayback(undefined);
        enter("none");
      }
    });
  };

  const tryUpload = async () => {
    const asked = generation;
    const result = await upload(voiceId, "audio");
    // The author chose, recorded or discarded since: this answer is about another file.
    if (left || asked !== generation) return;
    if ("hash" in result) setAudio(handle, result.hash);
    if ("refused" in result) {
      enter(`refused-${result.refused}`);
      return;
    }
    refresh();
  };

  /** Keeps a recording made or chosen here, and uploads it when it can. */
  const keepAndUpload = (blob: Blob, mime: string) => {
    generation++;
    return keep({ voice: voiceId, slot: "audio", city, group, mime, blob }).then(() => {
      usePlayback(undefined);
      localUrl = undefined;
      state = "none";
      refresh();
      void tryUpload();
    });
  };

  record.addEventListener("click", () => {
    void (async () => {
      let stream: MediaStream;
      try {
        stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      } catch {
        enter("no-microphone");
        return;
      }
      const chunks: Blob[] = [];
      media = new MediaRecorder(stream);
      media.addEventListener("dataavailable", (event) => chunks.push(event.data));
      media.addEventListener("stop", () => {
        for (const track of stream.getTracks()) track.stop();
        const mime = essence(media?.mimeType || chunks[0]?.type || "") || "audio/webm";
        void keepAndUpload(new Blob(chunks, { type: mime }), mime);
      });
      media.start();
      enter("recording");
    })();
  });
  stopButton.addEventListener("click", () => media?.stop());
  file.addEventListener("change", () => {
    const chosen = file.files?.[0];
    file.value = "";
    if (!chosen) return;
    // A wrong file is refused here, before anything is kept or sent.
    const checked = check("audio", chosen);
    if ("refused" in checked) {
      generation++;
      enter(`refused-${checked.refused}`);
    }
    else void keepAndUpload(chosen, checked.mime);
  });
  discard.addEventListener("click", () => {
    generation++;
    void drop(voiceId, "audio").then(() => {
      if (read<Voice>(handle)?.audio) setAudio(handle, null);
      usePlayback(undefined);
      localUrl = undefined;
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
      if (media?.state === "recording") media.stop();
      window.removeEventListener("online", online);
      window.clearInterval(timer);
      if (localUrl) URL.revokeObjectURL(localUrl);
    },
  };
}
