// `ws`, with the session cookie from HOSPES_COOKIE on every connection.
import WebSocket from "ws";

export default class WebSocketWithCookie extends WebSocket {
  constructor(url, protocols, options = {}) {
    const headers = { ...options.headers, Cookie: process.env.HOSPES_COOKIE ?? "" };
    super(url, protocols, { ...options, headers });
  }
}
