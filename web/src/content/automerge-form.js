// The content model's Automerge form, shared by the web app and the
// cross-language tests (so it is plain JavaScript, with types beside it in
// automerge-form.d.ts, and imports nothing: the caller passes Automerge's
// ImmutableString).
//
// Automerge 3's JavaScript API stores a plain string as collaborative text.
// The server's model (sync/content/src/model.rs) keeps only human-readable
// fields as text and everything else (ids, codes, dates, enum values) as
// plain strings, so a document written from JavaScript must wrap those.
// text-fields.json says which is which, per document kind.

/**
 * Whether `path` (e.g. ["locations", 0, "accessibility"]) is a text field
 * according to `patterns` (e.g. "locations[].accessibility").
 */
export function isTextField(patterns, path) {
  return patterns.some((pattern) => matches(pattern.split("."), path));
}

function matches(parts, path) {
  let i = 0;
  for (const part of parts) {
    if (part === "*") {
      if (i >= path.length) return false;
      i += 1;
      continue;
    }
    const list = part.endsWith("[]");
    const name = list ? part.slice(0, -2) : part;
    if (path[i] !== name) return false;
    i += 1;
    if (list) {
      if (typeof path[i] !== "number") return false;
      i += 1;
    }
  }
  return i === path.length;
}

/**
 * A plain model value (as in the JSON fixtures) in the shape to give
 * Automerge: strings outside text fields wrapped by `wrapScalar`.
 */
export function toAutomergeShape(value, textPatterns, wrapScalar, path = []) {
  if (typeof value === "string") {
    return isTextField(textPatterns, path) ? value : wrapScalar(value);
  }
  if (Array.isArray(value)) {
    return value.map((item, index) => toAutomergeShape(item, textPatterns, wrapScalar, [...path, index]));
  }
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, toAutomergeShape(item, textPatterns, wrapScalar, [...path, key])]),
    );
  }
  return value;
}

/**
 * The plain model value of a document read with Automerge's `toJS`: text
 * is a string already; plain strings are unwrapped with `unwrapScalar`
 * (which returns undefined for anything that is not one).
 */
export function fromAutomergeShape(value, unwrapScalar) {
  const scalar = unwrapScalar(value);
  if (scalar !== undefined) return scalar;
  if (Array.isArray(value)) return value.map((item) => fromAutomergeShape(item, unwrapScalar));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fromAutomergeShape(item, unwrapScalar)]));
  }
  return value;
}
