/** Roles as people read them, and the role picker of the admin page. */
import { ApiError, ROLE_NAMES, type RoleGrant, type RoleName, type SessionInfo } from "./api";
import { inputField, selectField, setFieldError, type Field } from "./forms";
import { element } from "./page";

export const needsGroup = (role: RoleName): boolean => role === "group_member" || role === "group_moderator";
export const needsLanguages = (role: RoleName): boolean => role === "translator";

/** Fluent arguments of `role-grant` (and `role-grant-in-city` with a city). */
export function grantArgs(grant: RoleGrant, city?: string): Record<string, string> {
  const args: Record<string, string> = { role: grant.role, detail: "none" };
  if (needsGroup(grant.role) && grant.group) {
    args.detail = "group";
    args.group = grant.group;
  } else if (grant.languages && grant.languages.length > 0) {
    args.detail = "languages";
    args.languages = grant.languages.join(",");
  }
  if (city !== undefined) args.city = city;
  return args;
}

/** An element saying what a role grant is ("Translator (Arabic and Ukrainian)"). */
export function grantElement<K extends keyof HTMLElementTagNameMap>(tag: K, grant: RoleGrant, city?: string): HTMLElementTagNameMap[K] {
  const node = element(tag, city === undefined ? "role-grant" : "role-grant-in-city");
  node.dataset.l10nArgs = JSON.stringify(grantArgs(grant, city));
  return node;
}

/**
 * A grant as the server takes it in a request: role, and group or languages only where
 * they apply (what it sends back also names the city, and null for "no group", which a
 * request must not).
 */
export function grantRequest(grant: RoleGrant): RoleGrant {
  const request: RoleGrant = { role: grant.role };
  if (grant.group) request.group = grant.group;
  if (grant.languages && grant.languages.length > 0) request.languages = [...grant.languages];
  return request;
}

/** Same grant: same role, group and languages. */
export function sameGrant(a: RoleGrant, b: RoleGrant): boolean {
  const languages = (grant: RoleGrant) => (grant.languages ?? []).map((l) => l.toLowerCase()).sort().join(",");
  return a.role === b.role && (a.group ?? "") === (b.group ?? "") && languages(a) === languages(b);
}

/** BCP 47 tags from "ar, uk fa-AF": canonical case; null if one is not a language tag. */
export function parseLanguages(text: string): string[] | null {
  const tags = text.split(/[\s,;]+/).filter(Boolean);
  const out: string[] = [];
  for (const tag of tags) {
    if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(tag)) return null;
    try {
      const [canonical] = Intl.getCanonicalLocales(tag);
      if (canonical && !out.includes(canonical)) out.push(canonical);
    } catch {
      return null;
    }
  }
  return out;
}

export interface RolePicker {
  /** The fields, to put into a form. */
  fields: HTMLElement[];
  /** The grant chosen, or null (with the errors shown and the first bad field focused). */
  read(): RoleGrant | null;
  reset(): void;
  /**
   * Shows the server's refusal of the grant on the field at fault (a group the city
   * does not have, a language tag it does not take); false if it names no field here.
   */
  refused(error: unknown): boolean;
}

/**
 * The roles someone may give in `city`, as the server decides it: city admins the city's
 * roles, except an archive group's, which only that group's moderators give.
 */
export function grantableRoles(session: SessionInfo, city: string): Grantable {
  const held = session.roles.filter((grant) => grant.city === city);
  const admin = held.some((grant) => grant.role === "city_admin");
  const groups = held.flatMap((grant) => (grant.role === "group_moderator" && grant.group ? [grant.group] : []));
  return { roles: ROLE_NAMES.filter((name) => (needsGroup(name) ? groups.length > 0 : admin)), groups: [...new Set(groups)].sort() };
}

/** What someone may give in a city: roles, and for group roles the groups they moderate there. */
export interface Grantable {
  roles: RoleName[];
  groups: string[];
}

/**
 * Role select (of `roles`), plus a group select for group roles (the groups the giver
 * moderates: chosen from a list, never typed) and a languages field for translators.
 */
export function rolePicker({ roles, groups }: Grantable, initial: RoleName = "volunteer"): RolePicker {
  const role = selectField(
    "role-label",
    roles.map((name) => [name, `role-option-${name}`] as const),
  );
  const group = selectField("role-group-label", [], "role-group-hint");
  for (const slug of groups) group.control.append(new Option(slug, slug));
  group.control.dir = "ltr";
  const languages = inputField(
    "role-languages-label",
    { type: "text", autocomplete: "off", autocapitalize: "none", spellcheck: "false", dir: "ltr" },
    "role-languages-hint",
  );
  role.control.value = roles.includes(initial) ? initial : (roles[0] ?? "");

  const update = () => {
    const name = role.control.value as RoleName;
    group.row.hidden = !needsGroup(name);
    languages.row.hidden = !needsLanguages(name);
    if (group.row.hidden) setFieldError(group, null);
    if (languages.row.hidden) setFieldError(languages, null);
  };
  role.control.addEventListener("change", update);
  update();

  const check = (field: Field<HTMLInputElement | HTMLSelectElement>, test: () => string | null): boolean => {
    const error = test();
    setFieldError(field, error);
    if (error) field.control.focus();
    return error === null;
  };

  return {
    fields: [role.row, group.row, languages.row],
    read() {
      const name = role.control.value as RoleName;
      const grant: RoleGrant = { role: name };
      if (needsGroup(name)) {
        const value = group.control.value;
        if (!check(group, () => (value ? null : "role-group-missing"))) return null;
        grant.group = value;
      }
      if (needsLanguages(name)) {
        const parsed = parseLanguages(languages.control.value);
        if (!check(languages, () => (parsed === null ? "role-languages-invalid" : parsed.length === 0 ? "role-languages-missing" : null))) {
          return null;
        }
        grant.languages = parsed!;
      }
      return grant;
    },
    refused(error) {
      const field = error instanceof ApiError ? error.field : undefined;
      const target = field === "group" ? group : field === "language" || field === "languages" ? languages : undefined;
      if (!target || target.row.hidden) return false;
      setFieldError(target, target === group ? "role-group-unknown" : "role-languages-invalid");
      target.control.focus();
      return true;
    },
    reset() {
      role.control.value = roles.includes(initial) ? initial : (roles[0] ?? "");
      group.control.selectedIndex = 0;
      languages.control.value = "";
      setFieldError(group, null);
      setFieldError(languages, null);
      update();
    },
  };
}
