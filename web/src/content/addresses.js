// Addresses readers follow from a published page: web addresses, e-mail
// addresses, phone numbers and the targets of Markdown links. The same rules
// as the server's sync/content/src/addresses.rs (read its module doc for the
// reasons); both are tested against tests/fixtures/content/addresses.json.
// Plain JavaScript with types beside it (addresses.d.ts), so the Node tests
// import it as the web app does.
//
// The editing app checks what people type with these before it writes it; the
// reader makes a link only of a value that passes, so an item published before
// the server checked addresses still shows (as text, or not at all).

export const MAX_WEB_ADDRESS_CHARS = 2000;
export const MAX_EMAIL_CHARS = 254;
export const MAX_EMAIL_LOCAL_CHARS = 64;
export const MAX_PHONE_CHARS = 64;
export const MIN_PHONE_DIGITS = 3;
export const MAX_PHONE_DIGITS = 20;

/** Whitespace, control characters, zero-width and bidirectional marks. */
const INVISIBLE = /[\s\p{Cc}\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;
const IPV4 = /^\d+\.\d+\.\d+\.\d+$/;

/** Characters (code points, as Rust counts them). */
const length = (value) => [...value].length;

const commonChecks = (value, max) => value !== "" && length(value) <= max && !INVISIBLE.test(value);

/** Whether `value` starts with `prefix` (lowercase ASCII), ignoring ASCII case only. */
const hasPrefix = (value, prefix) => value.slice(0, prefix.length).replace(/[A-Z]/g, (c) => c.toLowerCase()) === prefix;

/** At least two non-empty labels; one trailing dot (the DNS root) is allowed. */
function isDomainName(domain) {
  const labels = (domain.endsWith(".") ? domain.slice(0, -1) : domain).split(".");
  return labels.length >= 2 && labels.every((label) => label !== "");
}

/** An absolute http(s) address with a real host, as a URL; null if refused. */
export function webAddress(value) {
  if (!commonChecks(value, MAX_WEB_ADDRESS_CHARS) || value.includes("\\")) return null;
  if (!hasPrefix(value, "https://") && !hasPrefix(value, "http://")) return null;
  let url;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.username || url.password) return null;
  const host = url.hostname;
  return host.startsWith("[") || IPV4.test(host) || isDomainName(host) ? url : null;
}

/** A plausible e-mail address, or null. */
export function emailAddress(value) {
  if (!commonChecks(value, MAX_EMAIL_CHARS)) return null;
  const at = value.indexOf("@");
  if (at < 0) return null;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (domain.includes("@") || local === "" || length(local) > MAX_EMAIL_LOCAL_CHARS) return null;
  if (!/^[\p{Alphabetic}\p{N}._+'-]+$/u.test(local)) return null;
  if (local.startsWith(".") || local.endsWith(".") || local.includes("..")) return null;
  return isEmailDomain(domain) ? value : null;
}

function isEmailDomain(domain) {
  if (domain === "" || domain.endsWith(".") || /[/?#:\\[\]%]/.test(domain)) return false;
  try {
    const host = new URL(`https://${domain}/`).hostname;
    return !host.startsWith("[") && !IPV4.test(host) && isDomainName(host);
  } catch {
    return false;
  }
}

/** A phone number, with what a `tel:` link dials (`+` and digits); null if refused. */
export function phoneNumber(value) {
  if (value === "" || length(value) > MAX_PHONE_CHARS) return null;
  if ([...value].some((c) => c !== " " && INVISIBLE.test(c))) return null;
  const rest = value.startsWith("+") ? value.slice(1) : value;
  if (!/^[0-9(][0-9 ()./-]*$/.test(rest) || !/[0-9]$/.test(rest)) return null;
  const digits = rest.replace(/[^0-9]/g, "").length;
  if (digits < MIN_PHONE_DIGITS || digits > MAX_PHONE_DIGITS) return null;
  return { number: value, dialable: value.replace(/[^0-9+]/g, "") };
}

/**
 * Where a Markdown link may go: a path on this site, a web address, `mailto:` an
 * e-mail address or `tel:` a phone number; null for anything else.
 */
export function linkTarget(href) {
  if (href.startsWith("/")) {
    if (!commonChecks(href, MAX_WEB_ADDRESS_CHARS) || href.startsWith("//") || href.includes("\\")) return null;
    return { kind: "path", href };
  }
  if (hasPrefix(href, "https:") || hasPrefix(href, "http:")) return webAddress(href) ? { kind: "web", href } : null;
  if (hasPrefix(href, "mailto:")) {
    const email = emailAddress(href.slice("mailto:".length));
    return email ? { kind: "email", href: `mailto:${email}` } : null;
  }
  if (hasPrefix(href, "tel:")) {
    const phone = phoneNumber(href.slice("tel:".length));
    return phone ? { kind: "phone", href: `tel:${phone.dialable}` } : null;
  }
  return null;
}
