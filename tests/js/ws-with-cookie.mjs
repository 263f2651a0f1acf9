// `ws`, with the session cookie from HOSPES_COOKIE on every connection.
//
// A process that runs many clients, each signed in with its own session
// (tests/bench/many-clients-worker.mjs), gives each client its own sync URL
// (say `ws://.../sync?client=7`) and puts that client's cookie in
// `cookieFor` under it; a URL not in the map gets HOSPES_COOKIE.
import WebSocket from "ws";

/// Session cookie (`hospes_session=...`) per WebSocket URL.
export const cookieFor = new Map();

export default class WebSocketWithCookie extends WebSocket {
  constructor(url, protocols, options = {}) {
    const cookie = cookieFor.get(String(url)) ?? process.env.HOSPES_COOKIE ?? "";
    const headers = { ...options.headers, Cookie: cookie };
    super(url, protocols, { ...options, headers });
  }
}
