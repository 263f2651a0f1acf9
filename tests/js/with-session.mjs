// Signs automerge-repo's WebSocket client in, for Node test scripts.
//
// Browsers send the session cookie on the same-origin WebSocket upgrade by
// themselves; Node's `ws` (which @automerge/automerge-repo-network-websocket
// reaches through `isomorphic-ws`) does not. Loaded with
// `node --import ./with-session.mjs`, this points `isomorphic-ws` at a
// WebSocket that sends the cookie in HOSPES_COOKIE.
import { register } from "node:module";

register("./with-session-hooks.mjs", import.meta.url);
