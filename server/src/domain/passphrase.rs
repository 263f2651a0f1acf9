//! A passphrase as typed. Never printed, never logged, never stored: only
//! its argon2id hash is (see `accounts::passphrase_hash`).

use std::fmt;

use super::Invalid;

pub const MIN_CHARS: usize = 10;
pub const MAX_CHARS: usize = 1024;

pub struct Passphrase(String);

impl Passphrase {
    pub fn parse(raw: String) -> Result<Self, Invalid> {
        let chars = raw.chars().count();
        if chars < MIN_CHARS {
            return Err(Invalid::new("passphrase", format!("at least {MIN_CHARS} characters")));
        }
        if chars > MAX_CHARS {
            return Err(Invalid::new("passphrase", format!("at most {MAX_CHARS} characters")));
        }
        Ok(Passphrase(raw))
    }

    /// Only the hashing code reads the secret.
    pub(crate) fn expose(&self) -> &[u8] {
        self.0.as_bytes()
    }
}

impl fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Passphrase(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_and_redaction() {
        assert!(Passphrase::parse("short".into()).is_err());
        assert!(Passphrase::parse("x".repeat(1025)).is_err());
        let secret = Passphrase::parse("correct horse battery".into()).unwrap();
        assert!(!format!("{secret:?}").contains("horse"));
    }
}
