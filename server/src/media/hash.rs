//! A stored file's name and its URL's last part: the SHA-256 of its
//! stripped bytes in lowercase hex. Parsed from the URL before anything
//! else, so no path is ever built from what a client wrote.

use std::fmt;

use sha2::{Digest, Sha256};

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MediaHash(String);

impl MediaHash {
    pub fn of(bytes: &[u8]) -> Self {
        let digest = Sha256::digest(bytes);
        MediaHash(digest.iter().map(|byte| format!("{byte:02x}")).collect())
    }

    /// 64 lowercase hex digits, or nothing.
    pub fn parse(raw: &str) -> Option<Self> {
        (raw.len() == 64 && raw.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))).then(|| MediaHash(raw.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The folder it is kept in: its first two digits.
    pub fn shard(&self) -> &str {
        &self.0[..2]
    }
}

impl fmt::Display for MediaHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_lowercase_sha256_hex_parses() {
        let hash = MediaHash::of(b"hello");
        assert_eq!(hash.as_str(), "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
        assert_eq!(MediaHash::parse(hash.as_str()), Some(hash.clone()));
        assert_eq!(hash.shard(), "2c");
        assert_eq!(MediaHash::parse(&hash.as_str().to_uppercase()), None);
        assert_eq!(MediaHash::parse(&hash.as_str()[1..]), None);
        assert_eq!(MediaHash::parse("../../../../etc/passwd"), None);
        assert_eq!(MediaHash::parse(&format!("{}/", &hash.as_str()[..63])), None);
    }
}
