// What the benchmark's client scripts share: arguments, signing in to
// hospes, and the repo a client uses.
import { readFileSync } from "node:fs";
import { Repo } from "@automerge/automerge-repo";
import { WebSocketClientAdapter } from "@automerge/automerge-repo-network-websocket";

/// `--name value` pairs from the command line, as an object.
export function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith("--") || argv[i + 1] === undefined) {
      throw new Error(`bad argument ${argv[i]}`);
    }
    args[argv[i].slice(2)] = argv[i + 1];
  }
  return args;
}

/// Signs in to hospes as `user`; returns the session token and peer id.
/// The token goes into HOSPES_COOKIE, which the WebSocket of
/// ../js/ws-with-cookie.mjs (loaded with `--import ../js/with-session.mjs`)
/// sends on the upgrade.
export async function signIn(httpUrl, user, passphraseFile) {
  const passphrase = readFileSync(passphraseFile, "utf8");
  const response = await fetch(`${httpUrl}/api/v1/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: user, passphrase }),
  });
  if (response.status !== 200) {
    throw new Error(`login of ${user}: HTTP ${response.status}`);
  }
  const cookie = response.headers.get("set-cookie") ?? "";
  const token = cookie.split(";")[0].replace(/^hospes_session=/, "");
  const { peerId } = await response.json();
  process.env.HOSPES_COOKIE = `hospes_session=${token}`;
  return { token, peerId };
}

/// A client repo without storage (its documents live in memory), connected
/// to `syncUrl`. For hospes, sign in first: the server binds the
/// connection to the session's peer id.
export function clientRepo(syncUrl, peerId) {
  return new Repo({
    ...(peerId ? { peerId } : {}),
    network: [new WebSocketClientAdapter(syncUrl)],
  });
}

/// Runs `task` over `items` with at most `limit` at once.
export async function eachLimited(items, limit, task) {
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const item = items[next++];
      await task(item);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/// The text a benchmark document's `notes` field holds after `round` changes.
export function expectedNotes(round) {
  let notes = "Opening hours:";
  for (let k = 1; k <= round; k += 1) notes += ` edit ${k}.`;
  return notes;
}
