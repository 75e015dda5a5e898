//! Reading the crate's switches from the environment, one way everywhere:
//! the spellings that turn a flag on.

/// Whether `value` turns a flag on: `true`, `1`, `yes` or `on`, in any
/// case, surrounding blanks ignored. Anything else is off.
///
/// ```
/// use agent_hardening::settings::is_truthy;
///
/// assert!(is_truthy(" Yes "));
/// assert!(is_truthy("1"));
/// assert!(!is_truthy("enabled"));
/// ```
pub fn is_truthy(value: &str) -> bool {
    ["true", "1", "yes", "on"]
        .iter()
        .any(|on| value.trim().eq_ignore_ascii_case(on))
}
