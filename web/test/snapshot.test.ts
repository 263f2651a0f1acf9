import { expect, test } from "vitest";
import { parseSnapshot } from "../src/editor/snapshot";

/** One frame as the server writes it (`server/src/routes/snapshot.rs`). */
function frame(id: string, data: number[]): number[] {
  const idBytes = [...new TextEncoder().encode(id)];
  const length = data.length;
  return [idBytes.length >> 8, idBytes.length & 0xff, ...idBytes, (length >>> 24) & 0xff, (length >>> 16) & 0xff, (length >>> 8) & 0xff, length & 0xff, ...data];
}

test("a snapshot's frames are its documents, in order", () => {
  const body = new Uint8Array([...frame("4F4sS2CSoVSveTEx2jef6uv51qWJ", [1, 2, 3]), ...frame("x", []), ...frame("y", Array(300).fill(7))]);
  const documents = parseSnapshot(body);
  expect(documents.map((d) => d.id)).toEqual(["4F4sS2CSoVSveTEx2jef6uv51qWJ", "x", "y"]);
  expect([...documents[0]!.data]).toEqual([1, 2, 3]);
  expect(documents[1]!.data.length).toBe(0);
  expect(documents[2]!.data.length).toBe(300);
  expect(parseSnapshot(new Uint8Array())).toEqual([]);
});

test("a snapshot cut short is refused, not taken for a smaller city", () => {
  const whole = frame("doc", [1, 2, 3, 4]);
  for (const cut of [1, 3, 8, whole.length - 1]) {
    expect(() => parseSnapshot(new Uint8Array(whole.slice(0, cut)))).toThrow(/cut short/);
  }
});
