import { change, clone, from, getHeads, merge, type Doc } from "@automerge/automerge/slim";
import { encodeHeads } from "@automerge/automerge-repo/slim";
import { expect, test } from "vitest";
import { confirmedBy, headsToConfirm } from "../src/editor/confirmed-heads";

type Model = Record<string, unknown>;

const heads = (doc: Doc<Model>) => encodeHeads(getHeads(doc));
const edited = (doc: Doc<Model>, key: string) => change(doc, (d) => (d[key] = 1));

test("an edit is confirmed by server heads that include it or descend from it, not by older ones", () => {
  const base = from<Model>({ title: "x" });
  const mine = edited(clone(base), "mine");
  const recorded = heads(mine);
  expect(confirmedBy(mine, recorded, heads(base))).toBe(false);
  expect(confirmedBy(mine, recorded, recorded)).toBe(true);
  // The server merged someone else's change on top of mine; this copy has it too.
  const theirs = edited(clone(mine), "theirs");
  const merged = merge(clone(mine), theirs);
  expect(confirmedBy(merged, recorded, heads(theirs))).toBe(true);
  // The server has someone else's change beside (not on top of) mine.
  const beside = edited(clone(base), "beside");
  const both = merge(clone(mine), beside);
  expect(confirmedBy(both, recorded, heads(beside))).toBe(false);
});

test("server heads this copy lacks decide nothing yet", () => {
  const base = from<Model>({ title: "x" });
  const mine = edited(clone(base), "mine");
  const onTop = edited(clone(mine), "theirs");
  expect(confirmedBy(mine, heads(mine), heads(onTop))).toBe(false);
});

test("another tab's recorded heads stay until this copy has them", () => {
  const base = from<Model>({ title: "x" });
  const otherTab = edited(clone(base), "other");
  const here = edited(clone(base), "here");
  const toConfirm = headsToConfirm(here, heads(here), heads(otherTab));
  expect(new Set(toConfirm)).toEqual(new Set([...heads(otherTab), ...heads(here)]));
  // Once this copy has the other tab's change, its own heads say it all.
  const merged = edited(merge(clone(here), otherTab), "again");
  expect(headsToConfirm(merged, heads(merged), toConfirm)).toEqual(heads(merged));
});
