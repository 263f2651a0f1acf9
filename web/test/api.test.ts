import { afterEach, describe, expect, test, vi } from "vitest";
import { api, ApiError, NetworkError, onUnauthenticated } from "../src/api";

/** Answers every request with `response` and keeps what was asked. */
function answer(response: () => Response): { url: string; init: RequestInit }[] {
  const calls: { url: string; init: RequestInit }[] = [];
  vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return response();
  });
  return calls;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the editing app's calls", () => {
  test("send the session cookie, JSON, past the HTTP cache", async () => {
    const calls = answer(() => json(200, { ok: true }));
    await api.publish("doc 1", ["abc"]);
    expect(calls).toHaveLength(1);
    const [{ url, init }] = calls as [{ url: string; init: RequestInit }];
    expect(url).toBe("/api/v1/documents/doc%201/publish");
    expect(init.method).toBe("POST");
    expect(init.credentials).toBe("same-origin");
    expect(init.cache).toBe("no-store");
    expect(init.headers).toMatchObject({ "content-type": "application/json", accept: "application/json" });
    expect(JSON.parse(String(init.body))).toEqual({ heads: ["abc"] });
  });

  test("unpublishing sends an empty JSON object", async () => {
    const calls = answer(() => json(200, {}));
    await api.unpublish("d");
    expect(calls[0]?.init.body).toBe("{}");
  });

  test("a 401 unauthenticated ends the session, once per answer", async () => {
    answer(() => json(401, { error: "unauthenticated", message: "no session" }));
    const heard = vi.fn();
    const stop = onUnauthenticated(heard);
    await expect(api.documents("liege")).rejects.toMatchObject({ status: 401, code: "unauthenticated" });
    await expect(api.registerDocument({ documentId: "x", kind: "event", city: "liege" })).rejects.toBeInstanceOf(ApiError);
    stop();
    expect(heard).toHaveBeenCalledTimes(2);
  });

  test("a refusal for content names the field and keeps every problem", async () => {
    const problems = [{ field: "contacts.website", rule: "web-address" }];
    answer(() => json(422, { error: "invalid_content", message: "contacts.website: ...", field: "contacts.website", problems }));
    const error = (await api.publish("d", []).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(422);
    expect(error.field).toBe("contacts.website");
    expect(error.details.problems).toEqual(problems);
  });

  test("`invalid` names its field in the message", async () => {
    answer(() => json(400, { error: "invalid", message: "name: too long" }));
    const error = (await api.login("x", "y").catch((e: unknown) => e)) as ApiError;
    expect(error.field).toBe("name");
  });

  test("an answer that is not JSON keeps its status", async () => {
    answer(() => new Response("<html>Bad gateway</html>", { status: 502, statusText: "Bad Gateway" }));
    await expect(api.documents("liege")).rejects.toMatchObject({ status: 502, code: "http_502", details: {} });
  });

  test("no answer is a NetworkError", async () => {
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("Failed to fetch");
    });
    await expect(api.publication("d")).rejects.toBeInstanceOf(NetworkError);
  });
});

describe("the reader's calls", () => {
  test("send no cookie, and a 401 says nothing about the session", async () => {
    const calls = answer(() => json(401, { error: "unauthenticated" }));
    const heard = vi.fn();
    const stop = onUnauthenticated(heard);
    await expect(api.suggest("liege", { client_id: "c", language: "fr", topic: "other", message: "m" })).rejects.toBeInstanceOf(ApiError);
    await expect(api.cities()).rejects.toBeInstanceOf(ApiError);
    stop();
    expect(heard).not.toHaveBeenCalled();
    expect(calls.map((c) => c.init.credentials)).toEqual(["omit", "omit"]);
  });

  test("the city lists use the HTTP cache as before", async () => {
    const calls = answer(() => json(200, []));
    await api.cities();
    await api.city("liège");
    expect(calls.map((c) => [c.url, c.init.cache])).toEqual([
      ["/api/v1/cities", "default"],
      ["/api/v1/cities/li%C3%A8ge", "default"],
    ]);
  });

  test("a bundle is revalidated by its ETag, past the HTTP cache", async () => {
    const calls = answer(() => new Response(null, { status: 304 }));
    expect(await api.bundle("liege", "ar", '"v1"')).toBeNull();
    const [{ url, init }] = calls as [{ url: string; init: RequestInit }];
    expect(url).toBe("/api/v1/cities/liege/ar/bundle");
    expect(init).toMatchObject({ method: "GET", credentials: "omit", cache: "no-store" });
    expect(init.headers).toMatchObject({ "if-none-match": '"v1"', accept: "application/json" });
  });

  test("a new bundle comes as its text, with its ETag; none is asked without a copy", async () => {
    const calls = answer(() => new Response('{"items":[]}', { status: 200, headers: { etag: '"v2"' } }));
    expect(await api.bundle("liege", "ar", null)).toEqual({ text: '{"items":[]}', etag: '"v2"' });
    expect(calls[0]?.init.headers).not.toHaveProperty("if-none-match");
  });

  test("an unknown language is an ApiError with its code", async () => {
    answer(() => json(404, { error: "unknown_language", message: "no such language" }));
    await expect(api.bundle("liege", "xx", null)).rejects.toMatchObject({ status: 404, code: "unknown_language" });
  });
});
