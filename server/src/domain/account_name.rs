//! A display name: what people call this account. A pseudonym is fine.

use super::Invalid;

pub const MAX_CHARS: usize = 64;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AccountName(String);

impl AccountName {
    pub fn parse(raw: &str) -> Result<Self, Invalid> {
        let name = raw.trim();
        if name.is_empty() {
            return Err(Invalid::new("name", "must not be empty"));
        }
        if name.chars().count() > MAX_CHARS {
            return Err(Invalid::new("name", format!("at most {MAX_CHARS} characters")));
        }
        if name.chars().any(char::is_control) {
            return Err(Invalid::new("name", "no control characters"));
        }
        Ok(AccountName(name.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_and_bounded() {
        assert_eq!(AccountName::parse("  Amal ").unwrap().as_str(), "Amal");
        assert_eq!(AccountName::parse("Світлана").unwrap().as_str(), "Світлана");
        assert!(AccountName::parse("   ").is_err());
        assert!(AccountName::parse(&"x".repeat(65)).is_err());
        assert!(AccountName::parse("a\u{0}b").is_err());
    }
}
