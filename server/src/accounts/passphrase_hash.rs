//! argon2id, with the crate's default (OWASP-recommended) parameters.
//!
//! Each call costs tens of milliseconds and 19 MiB: the server runs them on
//! [`super::hashing_pool`] only. Each one logs a debug line (target
//! `hospes::passphrase_hash`, no content), so tests can count them.

use argon2::Argon2;
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};

use crate::domain::Passphrase;

/// The PHC string to store (`$argon2id$v=19$...`).
pub fn hash(passphrase: &Passphrase) -> String {
    tracing::debug!(target: "hospes::passphrase_hash", "hashing a passphrase");
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default().hash_password(passphrase.expose(), &salt).expect("argon2 with default parameters accepts any input").to_string()
}

/// Whether `passphrase` matches `stored`. A malformed stored hash never
/// matches.
pub fn verify(passphrase: &Passphrase, stored: &str) -> bool {
    tracing::debug!(target: "hospes::passphrase_hash", "checking a passphrase");
    PasswordHash::new(stored).is_ok_and(|parsed| Argon2::default().verify_password(passphrase.expose(), &parsed).is_ok())
}

/// Spends the same time as a real check, for names that do not exist, so
/// that timing does not tell whether a name is taken.
pub fn verify_against_nothing(passphrase: &Passphrase) {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let dummy = DUMMY.get_or_init(|| hash(&Passphrase::parse("an unguessable dummy passphrase".into()).expect("valid")));
    let _ = verify(passphrase, dummy);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_verify_and_do_not_contain_the_passphrase() {
        let secret = Passphrase::parse("tea with mint, no sugar".into()).unwrap();
        let stored = hash(&secret);
        assert!(stored.starts_with("$argon2id$"));
        assert!(!stored.contains("mint"));
        assert!(verify(&secret, &stored));
        assert!(!verify(&Passphrase::parse("tea with sugar, no mint".into()).unwrap(), &stored));
        assert!(!verify(&secret, "not a hash"));
    }
}
