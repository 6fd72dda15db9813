//! Random codes and secrets from the operating system's generator.

use argon2::password_hash::rand_core::{OsRng, RngCore};

/// Letters and digits that cannot be mistaken for one another when read aloud or copied.
const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/// `len` characters from [`ALPHABET`], without modulo bias.
pub fn random_code(len: usize) -> String {
    let mut out = String::with_capacity(len);
    while out.len() < len {
        let mut byte = [0u8; 1];
        OsRng.fill_bytes(&mut byte);
        // 248 = 8 * 31: values above it would favour the first letters.
        if byte[0] < 248 {
            out.push(ALPHABET[usize::from(byte[0]) % ALPHABET.len()] as char);
        }
    }
    out
}

/// An invite code such as `KJ7P-Q2MX-9TRD` (about 74 bits).
pub fn invite_code() -> String {
    let raw = random_code(15);
    format!("{}-{}-{}", &raw[..5], &raw[5..10], &raw[10..])
}

/// 32 random bytes, for the install secret.
pub fn secret() -> [u8; 32] {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    bytes
}

/// A keyed digest of `text` for `purpose` (HMAC-SHA256 under the install secret, 128 bits in
/// hex): text that makes a round trip through a browser comes back only as the server wrote it.
pub fn seal(secret: &[u8; 32], purpose: &str, text: &str) -> String {
    use hmac::{Hmac, Mac};
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(secret).expect("HMAC takes any key length");
    mac.update(purpose.as_bytes());
    mac.update(&[0]);
    mac.update(text.as_bytes());
    mac.finalize().into_bytes()[..16].iter().map(|b| format!("{b:02x}")).collect()
}

/// Whether `seal` is what [`seal`] gives for this text (compared in constant time).
pub fn is_sealed(secret: &[u8; 32], purpose: &str, text: &str, seal_text: &str) -> bool {
    let expected = seal(secret, purpose, text);
    expected.len() == seal_text.len()
        && expected.bytes().zip(seal_text.bytes()).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0
}
