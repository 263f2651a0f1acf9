/**
 * Recording one's voice: record, stop, play back, discard. The recording is kept on
 * the device at once (see `recordings`) and uploaded when the server can be reached;
 * the line under the buttons says which it is, in plain words.
 */
import type { DocHandle } from "@automerge/automerge-repo/slim";
import type { Voice } from "../../content/generated/model";
import { element, setMessage } from "../../page";
import { read, setAudio } from "./archive-docs";
import { dropRecording, essence, keepRecording, upload, waitingRecording } from "./recordings";

const RETRY_MS = 15_000;

type State = "none" | "recording" | "waiting" | "uploaded" | "refused" | "no-microphone";

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
  node.append(buttons, player, status);

  let state: State = "none";
  let localUrl: string | undefined;
  let media: MediaRecorder | undefined;
  let left = false;

  const enter = (next: State) => {
    state = next;
    setMessage(status, `archive-recording-${next}`);
    node.dataset.state = next;
    record.hidden = next === "recording";
    stopButton.hidden = next !== "recording";
    discard.hidden = next === "none" || next === "recording" || next === "no-microphone";
    player.hidden = !(next === "waiting" || next === "uploaded" || next === "refused");
  };

  const usePlayback = (src: string | undefined) => {
    if (localUrl && src !== localUrl) URL.revokeObjectURL(localUrl);
    if (src) player.src = src;
    else player.removeAttribute("src");
  };

  /** Where the recording stands: on the device waiting, uploaded, or none. */
  const refresh = () => {
    if (state === "recording" || left) return;
    void waitingRecording(voiceId).then((waiting) => {
      if (left || state === "recording") return;
      if (waiting) {
        if (!localUrl) {
          localUrl = URL.createObjectURL(waiting.blob);
          usePlayback(localUrl);
        }
        // A refused recording stays until its author discards it or records again.
        enter(state === "refused" ? "refused" : "waiting");
        return;
      }
      const audio = read<Voice>(handle)?.audio;
      if (audio) {
        const src = `/api/v1/media/${encodeURIComponent(audio)}`;
        if (player.getAttribute("src") !== src) usePlayback(src);
        localUrl = undefined;
        enter("uploaded");
      } else if (state !== "refused" && state !== "no-microphone") {
        usePlayback(undefined);
        enter("none");
      }
    });
  };

  const tryUpload = async () => {
    const result = await upload(voiceId);
    if (left) return;
    if ("hash" in result) setAudio(handle, result.hash);
    if ("refused" in result) {
      enter("refused");
      return;
    }
    refresh();
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
        const mime = essence(media?.mimeType || chunks[0]?.type || "audio/webm");
        const blob = new Blob(chunks, { type: mime });
        void keepRecording({ voice: voiceId, city, group, mime, blob }).then(() => {
          usePlayback(undefined);
          localUrl = undefined;
          state = "none";
          refresh();
          void tryUpload();
        });
      });
      media.start();
      enter("recording");
    })();
  });
  stopButton.addEventListener("click", () => media?.stop());
  discard.addEventListener("click", () => {
    void dropRecording(voiceId).then(() => {
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
