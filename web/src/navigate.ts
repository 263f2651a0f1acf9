/** Moving between routes from code (after signing in, for example) without a reload. */

const EVENT = "hospes:navigate";

/** Goes to `path` (same origin: path, query, hash); `replace` keeps it out of the history. */
export function navigate(path: string, { replace = false }: { replace?: boolean } = {}): void {
  if (replace) history.replaceState(null, "", path);
  else history.pushState(null, "", path);
  window.dispatchEvent(new Event(EVENT));
}

/** The router's hook: called after every `navigate`. */
export function onNavigate(listener: () => void): void {
  window.addEventListener(EVENT, listener);
}

/**
 * Where to go after signing in: the `next` query parameter if it is a path on this
 * origin (never another site: that would make the sign-in page an open redirect),
 * else the home page.
 */
export function nextPath(search: string = location.search): string {
  const raw = new URLSearchParams(search).get("next");
  if (!raw || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return "/";
  try {
    const url = new URL(raw, location.origin);
    if (url.origin !== location.origin || url.pathname === "/sign-in") return "/";
    return url.pathname + url.search + url.hash;
  } catch {
    return "/";
  }
}

/** The sign-in page's address, coming back to `path` (by default, here). */
export function signInPath(path: string = location.pathname + location.search): string {
  return path === "/" ? "/sign-in" : `/sign-in?next=${encodeURIComponent(path)}`;
}
