//! A short identifier in URLs: a city (`liege`) or an archive group.

use std::fmt;

use super::Invalid;

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Slug(String);

impl Slug {
    pub fn parse(field: &'static str, raw: &str) -> Result<Self, Invalid> {
        let valid = (1..=40).contains(&raw.len())
            && raw.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !raw.starts_with('-')
            && !raw.ends_with('-');
        if valid { Ok(Slug(raw.to_string())) } else { Err(Invalid::new(field, "1 to 40 lowercase letters, digits or inner hyphens")) }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert!(Slug::parse("city", "seine-saint-denis").is_ok());
        assert!(Slug::parse("city", "Liège").is_err());
        assert!(Slug::parse("city", "").is_err());
        assert!(Slug::parse("city", "-x").is_err());
        assert!(Slug::parse("city", "../etc").is_err());
    }
}
