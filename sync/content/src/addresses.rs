//! Addresses readers follow from a published page: web addresses, e-mail
//! addresses, phone numbers, and the targets of Markdown links.
//!
//! Each is a type that can only hold a value the reader app turns into a
//! working link that stays where it says: [`WebAddress::parse`] and the
//! others answer the value or the reason it is refused, in words for the
//! person who wrote it. Publishing refuses items with such values
//! ([`super::publish_checks`]); the JSON-LD leaves out any value that does
//! not parse, for items published before these rules.
//!
//! The rules (the web app applies the same ones, in
//! `web/src/content/addresses.js`; both are tested against
//! `tests/fixtures/content/addresses.json`):
//! - No value has spaces or invisible characters (whitespace, control
//!   characters, zero-width and bidirectional marks, which can make an
//!   address look like another); the editing app trims what people type.
//! - A web address starts with `https://` or `http://`, parses as a URL
//!   (WHATWG, as browsers do, by the `url` crate), names no user or
//!   password (`https://trusted.example@evil.example` goes to
//!   `evil.example`), has no backslash (browsers read it as `/`), and its
//!   host is an IP address or a domain of at least two labels (no
//!   `https://`, no `http://localhost`).
//! - An e-mail address is `local@domain`: one `@`; the local part letters,
//!   digits and `. _ + - '` (no quoting, no `?` or `&`, which a `mailto:`
//!   link would read as headers), not starting or ending with a dot, no two
//!   dots in a row; the domain a domain name as for a web address.
//! - A phone number is digits with an optional leading `+`, and spaces,
//!   dashes, dots, slashes and parentheses between them, ending in a digit;
//!   3 to 20 digits.
//! - A Markdown link goes to a path on this site (`/guide/...`: one leading
//!   `/`, never `//` and no backslash anywhere, which browsers turn into
//!   `//host`), to a web address, or is `mailto:` an e-mail address or
//!   `tel:` a phone number: what the reader's Markdown renderer links.

use std::fmt;

use url::{Host, Url};

/// Most characters in a web address or a link: enough for any real page.
pub const MAX_WEB_ADDRESS_CHARS: usize = 2000;

/// Most characters in an e-mail address (RFC 5321's path limit, less `<>`).
pub const MAX_EMAIL_CHARS: usize = 254;

/// Most characters in the part of an e-mail address before the `@`.
pub const MAX_EMAIL_LOCAL_CHARS: usize = 64;

/// Most characters in a phone number, separators included.
pub const MAX_PHONE_CHARS: usize = 64;

/// Fewest and most digits in a phone number: short numbers such as 112 to
/// international numbers with an extension.
pub const PHONE_DIGITS: std::ops::RangeInclusive<usize> = 3..=20;

/// Why a value is refused, said to the person who wrote it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refusal(&'static str);

impl Refusal {
    pub fn reason(self) -> &'static str {
        self.0
    }
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

/// Characters no address may hold: they are invisible, or make it read as
/// something else.
fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

fn common_checks(value: &str, max_chars: usize) -> Result<(), Refusal> {
    if value.is_empty() {
        return Err(Refusal("it is empty"));
    }
    if value.chars().count() > max_chars {
        return Err(Refusal("it is too long"));
    }
    if value.chars().any(is_invisible) {
        return Err(Refusal("it has spaces or invisible characters"));
    }
    Ok(())
}

/// Whether `value` starts with `prefix`, ignoring ASCII case.
fn has_prefix(value: &str, prefix: &str) -> bool {
    value.get(..prefix.len()).is_some_and(|start| start.eq_ignore_ascii_case(prefix))
}

/// A domain name of at least two non-empty labels (one trailing dot, the
/// DNS root, is allowed).
fn is_domain_name(domain: &str) -> bool {
    let domain = domain.strip_suffix('.').unwrap_or(domain);
    let labels: Vec<&str> = domain.split('.').collect();
    labels.len() >= 2 && labels.iter().all(|label| !label.is_empty())
}

/// An absolute http or https address with a real host.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebAddress {
    value: String,
    url: Url,
}

impl WebAddress {
    pub fn parse(value: &str) -> Result<Self, Refusal> {
        common_checks(value, MAX_WEB_ADDRESS_CHARS)?;
        if value.contains('\\') {
            return Err(Refusal("it has a backslash (\\), which browsers read as /"));
        }
        if !has_prefix(value, "https://") && !has_prefix(value, "http://") {
            return Err(Refusal("it does not start with https:// or http://"));
        }
        let url = Url::parse(value).map_err(|error| match error {
            url::ParseError::EmptyHost => Refusal("it names no site after https://"),
            url::ParseError::InvalidPort => Refusal("its port number is not valid"),
            url::ParseError::IdnaError | url::ParseError::InvalidDomainCharacter => Refusal("its site name is not valid"),
            _ => Refusal("it is not a web address"),
        })?;
        if !url.username().is_empty() || url.password().is_some() {
            return Err(Refusal("it has a name and @ before the site, so it leads to the site after the @"));
        }
        match url.host() {
            Some(Host::Domain(domain)) if is_domain_name(domain) => {}
            Some(Host::Ipv4(_) | Host::Ipv6(_)) => {}
            _ => return Err(Refusal("its site name is not a full domain name such as example.org")),
        }
        Ok(WebAddress { value: value.to_string(), url })
    }

    /// The address as written.
    pub fn as_str(&self) -> &str {
        &self.value
    }

    /// The host, as browsers show it (IDN in punycode).
    pub fn host(&self) -> &str {
        self.url.host_str().expect("checked to have a host")
    }
}

/// A plausible e-mail address (see the module doc).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmailAddress(String);

impl EmailAddress {
    pub fn parse(value: &str) -> Result<Self, Refusal> {
        common_checks(value, MAX_EMAIL_CHARS)?;
        let Some((local, domain)) = value.split_once('@') else {
            return Err(Refusal("it has no @"));
        };
        if domain.contains('@') {
            return Err(Refusal("it has more than one @"));
        }
        if local.is_empty() {
            return Err(Refusal("it has nothing before the @"));
        }
        if local.chars().count() > MAX_EMAIL_LOCAL_CHARS {
            return Err(Refusal("the part before the @ is too long"));
        }
        let allowed = |c: char| c.is_alphabetic() || c.is_numeric() || matches!(c, '.' | '_' | '+' | '-' | '\'');
        if !local.chars().all(allowed) {
            return Err(Refusal("the part before the @ may only have letters, digits and . _ + - '"));
        }
        if local.starts_with('.') || local.ends_with('.') || local.contains("..") {
            return Err(Refusal("the part before the @ has a dot at its start or end, or two in a row"));
        }
        if !is_email_domain(domain) {
            return Err(Refusal("the part after the @ is not a domain name such as example.org"));
        }
        Ok(EmailAddress(value.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A domain name as a web address would have it (IDNA through the URL
/// parser), not an IP address, without the DNS root's trailing dot.
fn is_email_domain(domain: &str) -> bool {
    if domain.is_empty() || domain.ends_with('.') || domain.chars().any(|c| matches!(c, '/' | '?' | '#' | ':' | '\\' | '[' | ']' | '%')) {
        return false;
    }
    let Ok(url) = Url::parse(&format!("https://{domain}/")) else { return false };
    matches!(url.host(), Some(Host::Domain(parsed)) if is_domain_name(parsed))
}

/// A phone number (see the module doc).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneNumber(String);

impl PhoneNumber {
    pub fn parse(value: &str) -> Result<Self, Refusal> {
        if value.is_empty() {
            return Err(Refusal("it is empty"));
        }
        if value.chars().count() > MAX_PHONE_CHARS {
            return Err(Refusal("it is too long"));
        }
        // Spaces separate digit groups; anything else invisible is refused.
        if value.chars().any(|c| c != ' ' && is_invisible(c)) {
            return Err(Refusal("it has tabs, line breaks or invisible characters"));
        }
        let rest = value.strip_prefix('+').unwrap_or(value);
        let first_ok = rest.chars().next().is_some_and(|c| c.is_ascii_digit() || c == '(');
        let separators_ok = rest.chars().all(|c| c.is_ascii_digit() || matches!(c, ' ' | '(' | ')' | '.' | '/' | '-'));
        let last_ok = rest.chars().last().is_some_and(|c| c.is_ascii_digit());
        if !(first_ok && separators_ok && last_ok) {
            return Err(Refusal("it may only have digits, a leading +, and spaces, dashes, dots, slashes or parentheses between them"));
        }
        let digits = rest.chars().filter(char::is_ascii_digit).count();
        if !PHONE_DIGITS.contains(&digits) {
            return Err(Refusal("it has fewer than 3 or more than 20 digits"));
        }
        Ok(PhoneNumber(value.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `+` and digits only, for a `tel:` link.
    pub fn dialable(&self) -> String {
        self.0.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect()
    }
}

/// Where a Markdown link may go (see the module doc).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkTarget {
    /// A path on this site, such as `/guide/liege/fr/articles/...`.
    SitePath(String),
    Web(WebAddress),
    Email(EmailAddress),
    Phone(PhoneNumber),
}

impl LinkTarget {
    pub fn parse(href: &str) -> Result<Self, Refusal> {
        if href.starts_with('/') {
            common_checks(href, MAX_WEB_ADDRESS_CHARS)?;
            if href.starts_with("//") {
                return Err(Refusal("it starts with //, which leads to another site"));
            }
            if href.contains('\\') {
                return Err(Refusal("it has a backslash (\\), which browsers read as / and which can lead to another site"));
            }
            return Ok(LinkTarget::SitePath(href.to_string()));
        }
        if has_prefix(href, "https:") || has_prefix(href, "http:") {
            return WebAddress::parse(href).map(LinkTarget::Web);
        }
        if has_prefix(href, "mailto:") {
            return EmailAddress::parse(&href["mailto:".len()..]).map(LinkTarget::Email);
        }
        if has_prefix(href, "tel:") {
            return PhoneNumber::parse(&href["tel:".len()..]).map(LinkTarget::Phone);
        }
        Err(Refusal("it is neither a path on this site starting with / nor an address starting with https://, mailto: or tel:"))
    }
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    use super::*;

    /// The values both the server and the web app accept or refuse.
    #[derive(Deserialize)]
    struct Table {
        web_address: Cases,
        email: Cases,
        phone: Cases,
        link: Cases,
    }

    #[derive(Deserialize)]
    struct Cases {
        accepted: Vec<String>,
        refused: Vec<String>,
    }

    fn table() -> Table {
        serde_json::from_str(include_str!("../../../tests/fixtures/content/addresses.json")).expect("a valid table")
    }

    fn check<T: fmt::Debug>(name: &str, cases: &Cases, parse: impl Fn(&str) -> Result<T, Refusal>) {
        for value in &cases.accepted {
            assert!(parse(value).is_ok(), "{name}: {value:?} should be accepted: {:?}", parse(value));
        }
        for value in &cases.refused {
            assert!(parse(value).is_err(), "{name}: {value:?} should be refused: {:?}", parse(value));
        }
    }

    #[test]
    fn web_addresses() {
        check("web address", &table().web_address, WebAddress::parse);
    }

    #[test]
    fn email_addresses() {
        check("email", &table().email, EmailAddress::parse);
    }

    #[test]
    fn phone_numbers() {
        check("phone", &table().phone, PhoneNumber::parse);
    }

    #[test]
    fn link_targets() {
        check("link", &table().link, LinkTarget::parse);
    }

    #[test]
    fn refusals_say_why() {
        assert_eq!(WebAddress::parse("https://").unwrap_err().reason(), "it names no site after https://");
        assert!(WebAddress::parse("javascript:alert(1)").unwrap_err().reason().contains("https://"));
        assert!(WebAddress::parse("https://city.example@evil.example/").unwrap_err().reason().contains('@'));
        assert!(LinkTarget::parse("/\\evil.example/x").unwrap_err().reason().contains("backslash"));
        assert!(LinkTarget::parse("//evil.example/x").unwrap_err().reason().contains("another site"));
        assert!(EmailAddress::parse("a@b@example.org").unwrap_err().reason().contains("more than one"));
        assert!(PhoneNumber::parse("12").unwrap_err().reason().contains("digits"));
    }

    #[test]
    fn values_keep_what_was_written() {
        let web = WebAddress::parse("https://Example.org/Accueil").unwrap();
        assert_eq!((web.as_str(), web.host()), ("https://Example.org/Accueil", "example.org"));
        assert_eq!(WebAddress::parse("https://bücher.example/").unwrap().host(), "xn--bcher-kva.example");
        assert_eq!(PhoneNumber::parse("+32 (0)4 123-45.67").unwrap().dialable(), "+32041234567");
        assert_eq!(LinkTarget::parse("MAILTO:info@example.org").unwrap(), LinkTarget::Email(EmailAddress("info@example.org".into())));
    }
}
