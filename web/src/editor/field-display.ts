/**
 * How the editing screens name a field and show its value outside its form (the
 * history, the publish preview): by the form's own label, and as words.
 */
import { setMessage } from "../page";
import type { Path } from "./documents";
import type { HistoryKind } from "./history";

/** Form labels of the fields, by kind (`kind:field`) or for every kind (`field`). */
const FIELD_LABELS: Record<string, string> = {
  "event:title": "editor-event-title",
  "event:description": "editor-event-description",
  "service:name": "editor-service-name",
  "service:description": "editor-service-description",
  "service:eligibility": "editor-service-eligibility",
  "service:documents_needed": "editor-service-documents",
  "service:status": "editor-service-status",
  "service:cost.fee": "editor-service-fee",
  organization: "editor-service-organization",
  categories: "editor-service-categories",
  target_groups: "editor-service-target-groups",
  open_to_all: "editor-service-open-to-all",
  languages_spoken: "editor-service-languages",
  interpretation: "reader-interpretation",
  locations: "editor-service-locations",
  schedules: "editor-service-schedules",
  "contacts.phones": "editor-service-phones",
  "contacts.email": "editor-service-email",
  "contacts.website": "editor-service-website",
  last_verified: "editor-service-verified",
  event_type: "editor-event-type",
  start: "editor-event-start",
  end: "editor-event-end",
  rrule: "editor-repeat",
  exdates: "editor-cancelled-dates",
  place: "editor-event-place",
  organizer: "editor-event-organizer",
  "cost.free": "editor-event-free",
  "cost.fee": "editor-field-fee",
  cancelled: "editor-event-cancelled",
  title: "editor-field-title",
  body: "editor-field-body",
  parent: "editor-article-parent",
  notice_until: "editor-article-notice",
  order: "editor-history-field-order",
};

/** The field's form label: a Fluent id, and its arguments (an unlabelled field is named by its key). */
export function fieldLabel(kind: HistoryKind, field: Path): { l10nId: string; args?: { field: string } } {
  const key = field.join(".");
  const label = FIELD_LABELS[`${kind}:${key}`] ?? FIELD_LABELS[key] ?? (field[0] === "fields" ? `editor-field-${String(field[1])}` : undefined);
  return label ? { l10nId: label } : { l10nId: "editor-history-other-field", args: { field: key } };
}

/** Puts the field's form label in `node`. */
export function labelField(node: HTMLElement, kind: HistoryKind, field: Path): void {
  const { l10nId, args } = fieldLabel(kind, field);
  setMessage(node, l10nId, args);
}

/** A value in a line: text cut short, yes/no, lists joined, objects by their words; a Fluent id where there are no words. */
export function valueText(value: unknown, longest = Infinity): { text: string } | { l10nId: string } {
  if (value === true || value === false) return { l10nId: value ? "editor-history-yes" : "editor-history-no" };
  const text = words(value);
  if (!text) return { l10nId: "editor-history-empty" };
  return { text: text.length > longest ? `${text.slice(0, longest)}…` : text };
}

/** Puts `valueText` in `node`. */
export function describeValue(node: HTMLElement, value: unknown, longest = Infinity): void {
  const shown = valueText(value, longest);
  if ("l10nId" in shown) setMessage(node, shown.l10nId);
  else node.textContent = shown.text;
}

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** A value as words: date-times with a space, lists joined by "; ", objects' values by ", ". */
export function words(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return LOCAL_DATE_TIME.test(value) ? value.replace("T", " ") : value;
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.map(words).filter(Boolean).join("; ");
  if (typeof value === "object") return Object.values(value as Record<string, unknown>).filter((v) => typeof v === "string" || typeof v === "object").map(words).filter(Boolean).join(", ");
  return "";
}
