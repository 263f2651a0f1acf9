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

/** Puts the field's form label in `node` (an unlabelled field by its key). */
export function labelField(node: HTMLElement, kind: HistoryKind, field: Path): void {
  const key = field.join(".");
  const label = FIELD_LABELS[`${kind}:${key}`] ?? FIELD_LABELS[key] ?? (field[0] === "fields" ? `editor-field-${String(field[1])}` : undefined);
  if (label) setMessage(node, label);
  else setMessage(node, "editor-history-other-field", { field: key });
}

/** A value in a line: text cut short, yes/no, lists joined, objects by their words. */
export function describeValue(node: HTMLElement, value: unknown, longest = Infinity): void {
  if (value === true || value === false) {
    setMessage(node, value ? "editor-history-yes" : "editor-history-no");
    return;
  }
  const text = words(value);
  if (!text) {
    setMessage(node, "editor-history-empty");
    return;
  }
  node.textContent = text.length > longest ? `${text.slice(0, longest)}…` : text;
}

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

export function words(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return LOCAL_DATE_TIME.test(value) ? value.replace("T", " ") : value;
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.map(words).filter(Boolean).join("; ");
  if (typeof value === "object") return Object.values(value as Record<string, unknown>).filter((v) => typeof v === "string" || typeof v === "object").map(words).filter(Boolean).join(", ");
  return "";
}
