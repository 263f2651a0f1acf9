import { expect, test } from "vitest";
import { ApiError, NetworkError } from "../src/api";
import { failureOf } from "../src/editor/widgets/publish";

const refusal = (status: number, code: string, details: Record<string, unknown> = {}) =>
  new ApiError(status, code, String(details.message ?? code), undefined, { error: code, ...details });

test("a value to correct: the field, and how where the rule is known", () => {
  const problems = [
    { field: "body", rule: "link" },
    { field: "contacts.email", rule: "email" },
  ];
  expect(failureOf(refusal(422, "invalid_content", { field: "body", problems }))).toEqual({ field: "body", how: "editor-publish-link-invalid" });
  expect(failureOf(refusal(422, "invalid_content", { field: "contacts.email", problems }))).toEqual({
    field: "contacts.email",
    how: "editor-service-email-invalid",
  });
  expect(failureOf(refusal(422, "invalid_content", { field: "name", problems: [{ field: "name", rule: "new-rule" }] }))).toEqual({
    field: "name",
    how: undefined,
  });
});

test("a 422 is never 'server error'", () => {
  expect(failureOf(refusal(422, "not_publishable", { message: "the document is not a valid service" }))).toEqual({
    l10nId: "editor-publish-not-publishable",
  });
  expect(failureOf(refusal(422, "invalid_content"))).toEqual({ l10nId: "error-bad-request" });
  expect(failureOf(refusal(422, "something_new"))).toEqual({ l10nId: "error-bad-request" });
});

test("by status: signed out, not allowed, not synced yet, the server", () => {
  expect(failureOf(refusal(401, "unauthenticated"))).toEqual({ l10nId: "error-unauthenticated" });
  expect(failureOf(refusal(403, "forbidden"))).toEqual({ l10nId: "error-forbidden" });
  expect(failureOf(refusal(404, "no_content"))).toEqual({ l10nId: "editor-publish-not-synced" });
  expect(failureOf(refusal(400, "invalid", { message: "heads: the server does not have change ab" }))).toEqual({
    l10nId: "editor-publish-not-synced",
  });
  expect(failureOf(refusal(500, "internal"))).toEqual({ l10nId: "error-server" });
});

test("offline, and anything else", () => {
  expect(failureOf(new NetworkError(new TypeError("Failed to fetch")))).toEqual({ l10nId: "editor-publish-offline" });
  expect(failureOf(new Error("no heads"))).toEqual({ l10nId: "error-unexpected" });
});
