/**
 * `/admin/<city>`: a city admin invites people (one link per person and role) and
 * manages the city's members: their roles, and revoking their access.
 *
 * The server decides who may do this (403 otherwise); the page only avoids asking when
 * the session plainly has no admin role for the city.
 */
import { cityName } from "../city-name";
import { ApiError, api, type Member, type RoleGrant, type SessionInfo } from "../api";
import { errorMessage, form, liveLine, say, submitButton, whileBusy } from "../forms";
import { signInPath } from "../navigate";
import { element, epoch, fill, linkParagraph, setMessage, uid, type Page } from "../page";
import { grantableRoles, grantArgs, grantElement, grantRequest, rolePicker, sameGrant, type Grantable } from "../roles";
import { managedCities, refreshSession } from "../session";

export const adminPage: Page = {
  titleId: "admin-title",
  render(main, [city = ""]) {
    const heading = element("h1", "admin-heading", { "data-l10n-args": JSON.stringify({ city }) });
    const body = element("div");
    main.append(heading, body);
    let left = false;
    // The slug until the city's name is known.
    void cityName(city).then((name) => {
      if (!left) setMessage(heading, "admin-heading", { city: name });
    });
    fill(body, element("p", "admin-loading", { role: "status" }));

    const problem = (l10nId: string, args?: Record<string, string | number>, link?: [string, string]) => {
      const line = element("p", undefined, { role: "alert" });
      fill(body, line, ...(link ? [linkParagraph(link[0], link[1])] : []));
      setMessage(line, l10nId, args);
    };

    refreshSession()
      .then(({ session, confirmed }) => {
        if (left) return;
        if (!confirmed) problem("admin-offline");
        else if (!session) problem("admin-not-signed-in", undefined, ["admin-sign-in", signInPath()]);
        else if (!managedCities(session).includes(city)) problem("admin-not-admin", { city });
        else drawAdmin(body, city, session, () => left, problem);
      })
      .catch((error: unknown) => {
        if (!left) problem(...errorMessage(error));
      });

    return () => {
      left = true;
    };
  },
};

type Problem = (l10nId: string, args?: Record<string, string | number>) => void;

function drawAdmin(body: HTMLElement, city: string, session: SessionInfo, hasLeft: () => boolean, problem: Problem): void {
  const members = membersSection(city, session, hasLeft, problem);
  fill(body, inviteSection(city, grantableRoles(session, city), problem), members.section);
  void members.load();
}

/** "Invite someone": a role, and the link that results. */
function inviteSection(city: string, grantable: Grantable, problem: Problem): HTMLElement {
  const heading = element("h2", "admin-invite-title", { id: uid("h") });
  const section = element("section", undefined, { "aria-labelledby": heading.id });
  const picker = rolePicker(grantable, "editor");
  const alert = liveLine("alert");
  const result = element("div", undefined, { class: "invite-result" });
  result.hidden = true;

  const invite = form(async (node) => {
    say(alert, null);
    const grant = picker.read();
    if (!grant) return;
    try {
      const created = await whileBusy(node, () => api.createInvite(city, grantRequest(grant)));
      showResult(result, grant, new URL(created.url, location.origin).href, created.expiresAt);
    } catch (error) {
      if (error instanceof ApiError && (error.code === "forbidden" || error.code === "unauthenticated")) problem(...errorMessage(error));
      else if (!picker.refused(error)) say(alert, ...errorMessage(error));
    }
  }, { "aria-labelledby": heading.id });
  invite.append(...picker.fields, alert, submitButton("admin-invite-submit"));
  section.append(heading, element("p", "admin-invite-intro", { class: "hint" }), invite, result);
  return section;
}

function showResult(result: HTMLElement, grant: RoleGrant, url: string, expiresAt: string): void {
  const announce = element("p", "admin-invite-created", { role: "status", class: "form-status" });
  const label = element("label", "admin-invite-link-label", { for: uid("link") });
  const input = element("input", undefined, {
    id: label.htmlFor,
    type: "text",
    readonly: "",
    value: url,
    dir: "ltr",
    class: "invite-link",
    spellcheck: "false",
  });
  input.addEventListener("focus", () => input.select());
  const about = element("p", "admin-invite-about", { class: "hint", id: uid("about") });
  about.dataset.l10nArgs = JSON.stringify({ ...grantArgs(grant), expires: epoch(expiresAt) });
  input.setAttribute("aria-describedby", about.id);
  const copied = liveLine("status");

  const copy = element("button", "admin-invite-copy", { type: "button" });
  copy.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(url);
      say(copied, "admin-invite-copied");
    } catch {
      // No clipboard (an http:// address other than localhost, or refused): select it instead.
      input.focus();
      input.select();
      say(copied, "admin-invite-copy-failed");
    }
  });
  const actions = element("div", undefined, { class: "actions" });
  actions.append(copy);
  if (typeof navigator.share === "function") {
    const share = element("button", "admin-invite-share", { type: "button" });
    share.addEventListener("click", () => {
      navigator.share({ url }).catch(() => undefined); // cancelled: nothing to say
    });
    actions.append(share);
  }
  const field = element("div", undefined, { class: "field" });
  field.append(label, input);
  fill(result, announce, field, about, actions, copied);
  result.hidden = false;
}

/** "Members": everyone with a role in the city, their roles, and revoking access. */
function membersSection(city: string, session: SessionInfo, hasLeft: () => boolean, problem: Problem) {
  const heading = element("h2", "admin-members-title", { id: uid("h"), tabindex: "-1" });
  const section = element("section", undefined, { "aria-labelledby": heading.id });
  const status = liveLine("status");
  const list = element("ul", undefined, { class: "cards members", "aria-labelledby": heading.id });
  const confirm = revokeDialog();
  section.append(heading, status, list, confirm.dialog);

  const load = async (focusId?: Member["accountId"]) => {
    try {
      const all = await api.members(city);
      if (hasLeft()) return;
      all.sort((a, b) => Number(a.revoked) - Number(b.revoked) || a.name.localeCompare(b.name));
      if (all.length === 0) fill(list, element("li", "admin-members-none"));
      else fill(list, ...all.map(memberItem));
      if (focusId !== undefined) list.querySelector<HTMLElement>(`[data-account="${CSS.escape(String(focusId))}"] h3`)?.focus();
    } catch (error) {
      if (hasLeft()) return;
      if (error instanceof ApiError && (error.code === "forbidden" || error.code === "unauthenticated")) problem(...errorMessage(error));
      else say(status, ...errorMessage(error));
    }
  };

  const memberItem = (member: Member): HTMLLIElement => {
    const item = element("li", undefined, { "data-account": String(member.accountId) });
    const name = element("h3", "admin-member-name", { tabindex: "-1", id: uid("member") });
    name.dataset.l10nArgs = JSON.stringify({ name: member.name, you: String(member.accountId) === String(session.account.id) ? "yes" : "no" });
    item.append(name);
    if (member.revoked) item.append(element("p", "admin-member-revoked", { class: "badge" }));
    item.append(rolesList(member.roles));
    if (member.revoked) return item;

    const actions = element("div", undefined, { class: "actions" });
    const edit = element("button", "admin-member-edit", { type: "button", "aria-expanded": "false", "aria-describedby": name.id });
    const editor = element("div", undefined, { class: "role-editor", id: uid("editor") });
    editor.hidden = true;
    edit.setAttribute("aria-controls", editor.id);
    edit.addEventListener("click", () => {
      const open = editor.hidden;
      edit.setAttribute("aria-expanded", String(open));
      editor.hidden = !open;
      if (open) {
        roleEditor(editor, member, grantableRoles(session, city), {
          save: async (roles) => {
            await api.setRoles(city, member.accountId, roles);
            // One's own roles changed: the header and the other pages should know.
            if (String(member.accountId) === String(session.account.id)) await refreshSession().catch(() => undefined);
            await load(member.accountId);
            say(status, "admin-roles-saved", { name: member.name });
          },
          cancel: () => {
            edit.setAttribute("aria-expanded", "false");
            editor.hidden = true;
            editor.replaceChildren();
            edit.focus();
          },
        });
      } else editor.replaceChildren();
    });
    actions.append(edit);
    // Revoking oneself would lock the admin out mid-task; another admin can do it.
    if (String(member.accountId) !== String(session.account.id)) {
      const revoke = element("button", "admin-member-revoke", { type: "button", class: "danger", "aria-describedby": name.id });
      revoke.addEventListener("click", () => {
        confirm.ask(
          member,
          revoke,
          () => api.revoke(city, member.accountId),
          async () => {
            await load();
            say(status, "admin-revoked", { name: member.name });
            heading.focus();
          },
        );
      });
      actions.append(revoke);
    }
    item.append(actions, editor);
    return item;
  };

  return { section, load };
}

function rolesList(roles: RoleGrant[]): HTMLElement {
  if (roles.length === 0) return element("p", "admin-member-no-roles", { class: "hint" });
  const list = element("ul", undefined, { class: "roles" });
  for (const grant of roles) list.append(grantElement("li", grant));
  return list;
}

/** The role editor under a member: remove roles, add one, save the whole list. */
function roleEditor(container: HTMLElement, member: Member, grantable: Grantable, actions: { save: (roles: RoleGrant[]) => Promise<void>; cancel: () => void }): void {
  let roles = member.roles.map(grantRequest);
  const heading = element("h4", "admin-roles-heading", { id: uid("h"), tabindex: "-1" });
  heading.dataset.l10nArgs = JSON.stringify({ name: member.name });
  const current = element("ul", undefined, { class: "roles editable" });
  const alert = liveLine("alert");

  const drawRoles = () => {
    if (roles.length === 0) {
      fill(current, element("li", "admin-member-no-roles", { class: "hint" }));
      return;
    }
    fill(
      current,
      ...roles.map((grant, index) => {
        const item = element("li");
        const text = grantElement("span", grant);
        text.id = uid("grant");
        const remove = element("button", "admin-role-remove", { type: "button", "aria-describedby": text.id });
        remove.addEventListener("click", () => {
          roles = roles.filter((_, i) => i !== index);
          drawRoles();
          say(alert, null);
          heading.focus();
        });
        item.append(text, remove);
        return item;
      }),
    );
  };

  const picker = rolePicker(grantable);
  const addHeading = element("h5", "admin-role-add-title", { id: uid("h") });
  const add = form(() => {
    say(alert, null);
    const grant = picker.read();
    if (!grant) return;
    if (roles.some((r) => sameGrant(r, grant))) {
      say(alert, "admin-role-duplicate");
      return;
    }
    roles.push(grant);
    drawRoles();
    picker.reset();
  }, { class: "add-role" });
  add.append(...picker.fields, element("button", "admin-role-add", { type: "submit" }));

  const save = element("button", "admin-roles-save", { type: "button", class: "primary" });
  const cancel = element("button", "admin-roles-cancel", { type: "button" });
  save.addEventListener("click", async () => {
    save.disabled = true;
    try {
      await actions.save(roles);
    } catch (error) {
      const field = error instanceof ApiError ? error.field : undefined;
      if (field === "group") say(alert, "role-group-unknown");
      else if (field === "language" || field === "languages") say(alert, "role-languages-invalid");
      else say(alert, ...errorMessage(error));
      save.disabled = false;
    }
  });
  cancel.addEventListener("click", actions.cancel);
  const buttons = element("div", undefined, { class: "actions" });
  buttons.append(save, cancel);

  container.setAttribute("role", "group");
  container.setAttribute("aria-labelledby", heading.id);
  fill(container, heading, current, addHeading, add, alert, buttons);
  drawRoles();
  heading.focus();
}

/** "Revoke access for X?": a modal dialog, asked before anything is sent. */
function revokeDialog() {
  const dialog = element("dialog", undefined, { class: "confirm" });
  // Their texts name the member: filled in by `ask`.
  const title = element("h2", undefined, { id: uid("h") });
  const text = element("p", undefined, { id: uid("p") });
  dialog.setAttribute("aria-labelledby", title.id);
  dialog.setAttribute("aria-describedby", text.id);
  const alert = liveLine("alert");
  const cancel = element("button", "admin-revoke-cancel", { type: "button", autofocus: "" });
  const yes = element("button", "admin-revoke-confirm", { type: "button", class: "danger" });
  const buttons = element("div", undefined, { class: "actions" });
  buttons.append(cancel, yes);
  dialog.append(title, text, alert, buttons);

  let action: (() => Promise<void>) | undefined;
  let done: (() => Promise<void>) | undefined;
  let opener: HTMLElement | undefined;
  cancel.addEventListener("click", () => dialog.close());
  dialog.addEventListener("close", () => {
    action = undefined;
    if (opener?.isConnected) opener.focus();
  });
  yes.addEventListener("click", async () => {
    if (!action) return;
    const then = done;
    yes.disabled = cancel.disabled = true;
    try {
      await action();
    } catch (error) {
      say(alert, ...errorMessage(error));
      return;
    } finally {
      yes.disabled = cancel.disabled = false;
    }
    opener = undefined; // the list is redrawn; `then` places the focus
    dialog.close();
    await then?.();
  });

  return {
    dialog,
    /** Asks about `member`; on yes runs `run`, closes, then runs `after`. */
    ask(member: Member, from: HTMLElement, run: () => Promise<void>, after: () => Promise<void>) {
      action = run;
      done = after;
      opener = from;
      setMessage(title, "admin-revoke-question", { name: member.name });
      setMessage(text, "admin-revoke-explain", { name: member.name });
      say(alert, null);
      dialog.showModal();
    },
  };
}
