//! A BCP 47 language tag (`ar`, `uk`, `zh-Hans`), compared case-insensitively
//! and stored lowercase.

use std::fmt;

use super::Invalid;

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LanguageTag(String);

impl LanguageTag {
    pub fn parse(raw: &str) -> Result<Self, Invalid> {
        oxilangtag::LanguageTag::parse(raw)
            .map(|tag| LanguageTag(tag.as_str().to_ascii_lowercase()))
            .map_err(|error| Invalid::new("language", format!("{raw:?} is not a BCP 47 tag: {error}")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for LanguageTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags() {
        assert_eq!(LanguageTag::parse("zh-Hans").unwrap().as_str(), "zh-hans");
        assert!(LanguageTag::parse("ar").is_ok());
        assert!(LanguageTag::parse("not a tag").is_err());
        assert!(LanguageTag::parse("").is_err());
    }
}
