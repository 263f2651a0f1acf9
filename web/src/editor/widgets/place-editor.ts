/**
 * Where something is: a place's name and address, and for a service's places also
 * its region, country, coordinates, access and whether staff go out to people
 * (outreach). An event has one place; a service a list of them, each its own
 * element (two people adding a place offline both keep theirs).
 */
import type { DocHandle } from "@automerge/automerge-repo/slim";
import { ImmutableString } from "@automerge/automerge/slim";
import type { Location } from "../../content/model";
import { element } from "../../page";
import type { Path } from "../documents";
import { checkCoordinate, checkCountry } from "../service-checks";
import { checkedField, textField, valueField, type Bound } from "./fields";
import { elementList } from "./keyed-list";

type Model = Record<string, unknown>;

/** A place with nothing filled in yet, in Automerge form. */
export function emptyPlace(id: string): unknown {
  const text = (value: string) => new ImmutableString(value);
  return {
    id: text(id),
    name: text(""),
    address: { street: text(""), postal_code: text(""), locality: text(""), region: text(""), country: text("") },
    latitude: null,
    longitude: null,
    accessibility: "",
    outreach: false,
  };
}

/**
 * The fields of the place whose paths `at(...)` gives: name and address; with
 * `full`, the rest. `beforeSet` runs before a value is written (an event makes its
 * place first); `onEdit` goes to the text field (the source revision).
 */
export function placeFields(
  parent: HTMLElement,
  handle: DocHandle<unknown>,
  at: (...rest: (string | number)[]) => Path,
  options: { full?: boolean; onEdit?: (doc: Model) => void; beforeSet?: (handle: DocHandle<unknown>) => void } = {},
): Bound[] {
  const input = (attributes: Record<string, string> = {}) => element("input", undefined, { type: "text", dir: "auto", ...attributes });
  const set = options.beforeSet ? { beforeSet: options.beforeSet } : {};
  const bound: Bound[] = [
    valueField(parent, handle, at("name"), "editor-place-name", input(), set),
    valueField(parent, handle, at("address", "street"), "editor-place-street", input({ autocomplete: "off" }), set),
    valueField(parent, handle, at("address", "postal_code"), "editor-place-postal-code", input({ dir: "ltr" }), set),
    valueField(parent, handle, at("address", "locality"), "editor-place-locality", input(), set),
  ];
  if (!options.full) return bound;
  const text = options.onEdit ? { onEdit: options.onEdit } : {};
  bound.push(
    valueField(parent, handle, at("address", "region"), "editor-location-region", input(), set),
    checkedField(parent, handle, at("address", "country"), "editor-location-country", checkCountry, { maxlength: "2", autocapitalize: "characters" }),
    checkedField(parent, handle, at("latitude"), "editor-location-latitude", (raw) => checkCoordinate(raw, 90), { inputmode: "decimal" }),
    checkedField(parent, handle, at("longitude"), "editor-location-longitude", (raw) => checkCoordinate(raw, 180), { inputmode: "decimal" }),
    textField(parent, handle, at("accessibility"), "editor-field-accessibility", { multiline: true, ...text }),
    valueField(parent, handle, at("outreach"), "editor-location-outreach", element("input", undefined, { type: "checkbox" }), set),
  );
  return bound;
}

/** A service's places (`locations`): each with every field, a number, and its remove button. */
export function placeList(parent: HTMLElement, handle: DocHandle<unknown>, onEdit: (doc: Model) => void): Bound {
  const messages = {
    legend: "editor-service-locations",
    none: "editor-service-location-none",
    add: "editor-service-location-add",
    item: "editor-service-location",
    remove: "editor-service-location-remove",
  };
  return elementList<Location>(
    parent,
    handle,
    "locations",
    messages,
    emptyPlace,
    (row) => {
      const bound = placeFields(row.node, handle, row.path, { full: true, onEdit });
      return { refresh: () => bound.forEach((field) => field.refresh()) };
    },
    { focusNew: true },
  );
}
