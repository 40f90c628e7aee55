//! Fuzz target: the claims-file parser on arbitrary bytes never panics, and what it accepts
//! is clean of control characters.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(claims) = counterpoint::claims::parse("fuzz.claims.toml", data) {
        for claim in &claims {
            assert!(!claim.claimant.chars().any(|c| c.is_control()));
            assert!(!claim.selector.exact.trim().is_empty());
        }
    }
});
