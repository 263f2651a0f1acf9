//! Who may do what with which document: roles, document classes, and the
//! decision between them. Pure: no I/O, no clock, so the whole matrix is
//! tested as a table.
//!
//! Every role is scoped to a city; translators also to languages, group
//! members and moderators to an archive group. Every document has a kind
//! and the city (and for the archive, the group; for translations, the
//! language) it belongs to. Anything not granted below is denied.

use std::fmt;
use std::str::FromStr;

/// A role, always held in one city. Serialized (for the API) as
/// [`Role::as_str`] says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Creates and edits the city's events; may publish them where the city
    /// trusts volunteers.
    Volunteer,
    /// Edits translations of the city's items, in their languages only.
    Translator,
    /// Edits every guide item and event of the city; publishes.
    Editor,
    /// Reads and writes the documents of their archive group.
    GroupMember,
    /// A group member who may also publish the group's entries.
    GroupModerator,
    /// Invites people and gives or takes roles in the city.
    CityAdmin,
}

impl Role {
    pub const ALL: [Role; 6] = [Role::Volunteer, Role::Translator, Role::Editor, Role::GroupMember, Role::GroupModerator, Role::CityAdmin];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Volunteer => "volunteer",
            Role::Translator => "translator",
            Role::Editor => "editor",
            Role::GroupMember => "group_member",
            Role::GroupModerator => "group_moderator",
            Role::CityAdmin => "city_admin",
        }
    }

    /// Group roles need a group; translators need languages.
    pub fn needs_group(self) -> bool {
        matches!(self, Role::GroupMember | Role::GroupModerator)
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown role {0:?}; roles are volunteer, translator, editor, group_member, group_moderator, city_admin")]
pub struct UnknownRole(pub String);

impl FromStr for Role {
    type Err = UnknownRole;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Role::ALL.into_iter().find(|role| role.as_str() == s).ok_or_else(|| UnknownRole(s.to_string()))
    }
}

/// One role held by one account, with its scope.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Grant {
    pub role: Role,
    pub city: String,
    /// The archive group, for group roles.
    pub group: Option<String>,
    /// BCP 47 tags, lowercase, for translators.
    pub languages: Vec<String>,
}

/// What a document is. Serialized (for the API) as [`DocKind::as_str`]
/// says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum DocKind {
    /// The city's configuration: languages, categories, settings.
    City,
    /// The index of the city's services (one writer kind: editors).
    ServiceIndex,
    /// The index of the city's guide articles.
    ArticleIndex,
    /// The index of the city's events (editors and volunteers write it).
    EventIndex,
    Service,
    Article,
    Event,
    /// One language's text of one item (see [`Classification::translation_of`]).
    Translation,
    /// The index of an archive group's entries.
    ArchiveIndex,
    /// One account in an archive group's multivoiced archive.
    ArchiveEntry,
    /// One voice of an entry: one person's words (and recording). Who
    /// else may see it follows its author's consent: see
    /// [`crate::archive::voice_permissions`].
    ArchiveVoice,
}

impl DocKind {
    pub const ALL: [DocKind; 11] = [
        DocKind::City,
        DocKind::ServiceIndex,
        DocKind::ArticleIndex,
        DocKind::EventIndex,
        DocKind::Service,
        DocKind::Article,
        DocKind::Event,
        DocKind::Translation,
        DocKind::ArchiveIndex,
        DocKind::ArchiveEntry,
        DocKind::ArchiveVoice,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DocKind::City => "city",
            DocKind::ServiceIndex => "service_index",
            DocKind::ArticleIndex => "article_index",
            DocKind::EventIndex => "event_index",
            DocKind::Service => "service",
            DocKind::Article => "article",
            DocKind::Event => "event",
            DocKind::Translation => "translation",
            DocKind::ArchiveIndex => "archive_index",
            DocKind::ArchiveEntry => "archive_entry",
            DocKind::ArchiveVoice => "archive_voice",
        }
    }

    /// Kinds that live in an archive group.
    pub fn is_archive(self) -> bool {
        matches!(self, DocKind::ArchiveIndex | DocKind::ArchiveEntry | DocKind::ArchiveVoice)
    }

    /// Kinds readers can see once published.
    pub fn is_publishable(self) -> bool {
        matches!(self, DocKind::Service | DocKind::Article | DocKind::Event | DocKind::ArchiveEntry)
    }
}

impl fmt::Display for DocKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown document kind {0:?}")]
pub struct UnknownKind(pub String);

impl FromStr for DocKind {
    type Err = UnknownKind;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        DocKind::ALL.into_iter().find(|kind| kind.as_str() == s).ok_or_else(|| UnknownKind(s.to_string()))
    }
}

/// A document's kind and scope, as registered with the server.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Classification {
    pub kind: DocKind,
    pub city: String,
    /// The archive group, for archive kinds.
    pub group: Option<String>,
    /// The language, for translations (lowercase BCP 47).
    pub language: Option<String>,
    /// For translations: the kind of the item translated.
    pub translation_of: Option<DocKind>,
}

/// What one account may do with one document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Permissions {
    pub read: bool,
    pub write: bool,
    pub create: bool,
    pub publish: bool,
}

impl Permissions {
    pub const NONE: Permissions = Permissions { read: false, write: false, create: false, publish: false };
    pub const READ_ONLY: Permissions = Permissions { read: true, ..Permissions::NONE };

    pub fn union(self, other: Permissions) -> Permissions {
        Permissions {
            read: self.read || other.read,
            write: self.write || other.write,
            create: self.create || other.create,
            publish: self.publish || other.publish,
        }
    }
}

/// City settings that change what a role may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CityPolicy {
    /// Events volunteers publish go live without review (the default).
    pub volunteers_publish: bool,
}

impl Default for CityPolicy {
    fn default() -> Self {
        CityPolicy { volunteers_publish: true }
    }
}

/// The permissions an account with `grants` has on `document`: the union
/// of what each of its grants allows.
pub fn permissions(grants: &[Grant], document: &Classification, city: CityPolicy) -> Permissions {
    grants.iter().map(|grant| grant_permissions(grant, document, city)).fold(Permissions::NONE, Permissions::union)
}

/// Whether `grants` let an account publish (and unpublish) `document`;
/// `own`: the account registered the document itself. Editors publish any
/// item of their city and moderators their group's entries, but a
/// volunteer only the events they made: the trust a city gives its
/// volunteers must not let one take an editor's event off the guide.
pub fn may_publish(grants: &[Grant], document: &Classification, city: CityPolicy, own: bool) -> bool {
    grants.iter().any(|grant| grant_permissions(grant, document, city).publish && (own || grant.role != Role::Volunteer))
}

/// Whether an account holding `manager` may give `grant` to someone, or
/// take it away. City admins manage the city's roles except the archive
/// groups': those belong to the group and are given and taken by its
/// moderators, so that no role change by city staff (not even to
/// themselves) opens a group's unpublished work to them.
pub fn may_manage(manager: &[Grant], grant: &Grant) -> bool {
    manager.iter().any(|own| {
        own.city == grant.city
            && if grant.role.needs_group() {
                own.role == Role::GroupModerator && own.group.is_some() && own.group == grant.group
            } else {
                own.role == Role::CityAdmin
            }
    })
}

/// Whether `manager` manages any role in `city` (an admin, or a moderator
/// of one of its groups).
pub fn manages_in(manager: &[Grant], city: &str) -> bool {
    manager.iter().any(|own| own.city == city && matches!(own.role, Role::CityAdmin | Role::GroupModerator))
}

fn grant_permissions(grant: &Grant, doc: &Classification, city: CityPolicy) -> Permissions {
    use DocKind as K;
    use Role as R;
    if grant.city != doc.city {
        return Permissions::NONE;
    }
    let rw = |create: bool, publish: bool| Permissions { read: true, write: true, create, publish };
    let read_only = Permissions { read: true, ..Permissions::NONE };
    match (grant.role, doc.kind) {
        // Editors: the whole guide and calendar, never the archive.
        (R::Editor, K::City | K::ServiceIndex | K::ArticleIndex | K::EventIndex) => rw(false, false),
        (R::Editor, K::Service | K::Article | K::Event) => rw(true, true),
        (R::Editor, K::Translation) => rw(true, false),

        // Volunteers: events, in the field.
        (R::Volunteer, K::City) => read_only,
        (R::Volunteer, K::EventIndex) => rw(false, false),
        (R::Volunteer, K::Event) => rw(true, city.volunteers_publish),
        (R::Volunteer, K::Translation) if doc.translation_of == Some(K::Event) => rw(true, false),

        // Translators: read the guide, write their languages only.
        (R::Translator, K::City | K::ServiceIndex | K::ArticleIndex | K::EventIndex) => read_only,
        (R::Translator, K::Service | K::Article | K::Event) => read_only,
        (R::Translator, K::Translation) => {
            let own = doc.language.as_ref().is_some_and(|language| grant.languages.iter().any(|own| own == language));
            if own { rw(true, false) } else { read_only }
        }

        // Archive groups: their own group's documents only.
        (R::GroupMember | R::GroupModerator, K::City) => read_only,
        (R::GroupMember | R::GroupModerator, K::ArchiveIndex | K::ArchiveEntry) if grant.group.is_some() && grant.group == doc.group => {
            let creates = doc.kind == K::ArchiveEntry;
            rw(creates, creates && grant.role == R::GroupModerator)
        }
        // Members write each other's voices too (a transcript typed for
        // the author); what others see is the author's consent's to say.
        (R::GroupMember | R::GroupModerator, K::ArchiveVoice) if grant.group.is_some() && grant.group == doc.group => rw(true, false),

        // City admins manage people, not content.
        (R::CityAdmin, K::City) => read_only,

        _ => Permissions::NONE,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_and_kinds_serialize_as_their_names() {
        for role in Role::ALL {
            assert_eq!(serde_json::to_value(role).unwrap(), role.as_str());
        }
        for kind in DocKind::ALL {
            assert_eq!(serde_json::to_value(kind).unwrap(), kind.as_str());
        }
    }

    fn grant(role: Role, city: &str) -> Grant {
        Grant {
            role,
            city: city.into(),
            group: role.needs_group().then(|| "voices".into()),
            languages: if role == Role::Translator { vec!["ar".into()] } else { vec![] },
        }
    }

    fn doc(kind: DocKind, city: &str) -> Classification {
        Classification {
            kind,
            city: city.into(),
            group: kind.is_archive().then(|| "voices".into()),
            language: (kind == DocKind::Translation).then(|| "ar".into()),
            translation_of: (kind == DocKind::Translation).then_some(DocKind::Service),
        }
    }

    #[test]
    fn nothing_in_another_city() {
        for role in Role::ALL {
            for kind in DocKind::ALL {
                let p = permissions(&[grant(role, "liege")], &doc(kind, "osijek"), CityPolicy::default());
                assert_eq!(p, Permissions::NONE, "{role} on {kind} of another city");
            }
        }
    }

    #[test]
    fn no_grants_no_access() {
        for kind in DocKind::ALL {
            assert_eq!(permissions(&[], &doc(kind, "liege"), CityPolicy::default()), Permissions::NONE);
        }
    }

    #[test]
    fn roles_parse_and_print() {
        for role in Role::ALL {
            assert_eq!(role.as_str().parse::<Role>(), Ok(role));
        }
        assert!("mayor".parse::<Role>().is_err());
        for kind in DocKind::ALL {
            assert_eq!(kind.as_str().parse::<DocKind>(), Ok(kind));
        }
    }

    #[test]
    fn volunteers_publish_only_where_trusted() {
        let volunteer = [grant(Role::Volunteer, "liege")];
        let event = doc(DocKind::Event, "liege");
        assert!(permissions(&volunteer, &event, CityPolicy { volunteers_publish: true }).publish);
        assert!(!permissions(&volunteer, &event, CityPolicy { volunteers_publish: false }).publish);
    }

    #[test]
    fn translators_write_only_their_languages() {
        let translator = [grant(Role::Translator, "liege")];
        let mut arabic = doc(DocKind::Translation, "liege");
        assert!(permissions(&translator, &arabic, CityPolicy::default()).write);
        arabic.language = Some("uk".into());
        let p = permissions(&translator, &arabic, CityPolicy::default());
        assert!(p.read && !p.write && !p.create);
    }

    #[test]
    fn volunteers_publish_and_unpublish_only_their_own_events() {
        let volunteer = [grant(Role::Volunteer, "liege")];
        let editor = [grant(Role::Editor, "liege")];
        let event = doc(DocKind::Event, "liege");
        let trusting = CityPolicy { volunteers_publish: true };
        assert!(may_publish(&volunteer, &event, trusting, true));
        assert!(!may_publish(&volunteer, &event, trusting, false), "an editor's event");
        assert!(!may_publish(&volunteer, &event, CityPolicy { volunteers_publish: false }, true));
        assert!(may_publish(&editor, &event, trusting, false));
        // An editor who is also a volunteer keeps the editor's right.
        assert!(may_publish(&[volunteer[0].clone(), editor[0].clone()], &event, trusting, false));
    }

    #[test]
    fn group_roles_are_the_groups_own_to_give() {
        let admin = [grant(Role::CityAdmin, "liege")];
        let moderator = [grant(Role::GroupModerator, "liege")];
        let member_of_voices = grant(Role::GroupMember, "liege");
        let mut member_of_other = member_of_voices.clone();
        member_of_other.group = Some("other".into());
        assert!(!may_manage(&admin, &member_of_voices), "not even to themselves");
        assert!(!may_manage(&admin, &grant(Role::GroupModerator, "liege")));
        assert!(may_manage(&moderator, &member_of_voices));
        assert!(!may_manage(&moderator, &member_of_other), "another group");
        assert!(!may_manage(&moderator, &grant(Role::Editor, "liege")), "moderators manage only their group");
        assert!(may_manage(&admin, &grant(Role::Editor, "liege")));
        assert!(!may_manage(&admin, &grant(Role::Editor, "osijek")), "another city");
        assert!(manages_in(&admin, "liege") && manages_in(&moderator, "liege"));
        assert!(!manages_in(&[grant(Role::Editor, "liege")], "liege"));
    }

    #[test]
    fn groups_see_only_their_own_archive() {
        let member = [grant(Role::GroupMember, "liege")];
        let mut entry = doc(DocKind::ArchiveEntry, "liege");
        let p = permissions(&member, &entry, CityPolicy::default());
        assert!(p.read && p.write && p.create && !p.publish);
        entry.group = Some("other".into());
        assert_eq!(permissions(&member, &entry, CityPolicy::default()), Permissions::NONE);
        let editor = [grant(Role::Editor, "liege")];
        assert_eq!(permissions(&editor, &doc(DocKind::ArchiveEntry, "liege"), CityPolicy::default()), Permissions::NONE);
        let admin = [grant(Role::CityAdmin, "liege")];
        for kind in [DocKind::ArchiveIndex, DocKind::ArchiveEntry, DocKind::ArchiveVoice] {
            assert_eq!(permissions(&admin, &doc(kind, "liege"), CityPolicy::default()), Permissions::NONE, "{kind}");
        }
    }

    #[test]
    fn members_write_their_groups_voices_and_publish_none() {
        let member = [grant(Role::GroupMember, "liege")];
        let moderator = [grant(Role::GroupModerator, "liege")];
        let mut voice = doc(DocKind::ArchiveVoice, "liege");
        for grants in [&member, &moderator] {
            let p = permissions(grants, &voice, CityPolicy::default());
            assert!(p.read && p.write && p.create && !p.publish, "a voice is published with its entry");
        }
        voice.group = Some("other".into());
        assert_eq!(permissions(&member, &voice, CityPolicy::default()), Permissions::NONE);
    }
}
