//! Calendar dates from the system clock, for report stamps and
//! attestation expiry: days since 1970-01-01 to a civil date and back
//! (the proleptic Gregorian calendar, in UTC).

use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Seconds since the epoch at `at` (0 before it).
pub(crate) fn unix_seconds(at: SystemTime) -> u64 {
    at.duration_since(UNIX_EPOCH)
        .unwrap_or(Duration::ZERO)
        .as_secs()
}

/// The civil date `(year, month, day)` of day `days` since the epoch.
pub(crate) fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    // Both are in range by construction (1..=31, 1..=12).
    (
        year,
        u32::try_from(month).unwrap_or(1),
        u32::try_from(day).unwrap_or(1),
    )
}

/// Days since the epoch of the civil date, or `None` when it is no date.
pub(crate) fn days_from_civil(year: i64, month: u32, day: u32) -> Option<i64> {
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => return None,
    };
    if day == 0 || day > days_in_month {
        return None;
    }
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(month);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// A `YYYY-MM-DD` date as days since the epoch.
pub(crate) fn parse_date(text: &str) -> Option<i64> {
    let mut parts = text.trim().splitn(3, '-');
    let year = parts.next()?.parse().ok()?;
    let month = parts.next()?.parse().ok()?;
    let day = parts.next()?.parse().ok()?;
    days_from_civil(year, month, day)
}

/// `at` as an RFC 3339 UTC timestamp, to the second.
pub(crate) fn rfc3339(at: SystemTime) -> String {
    let secs = unix_seconds(at);
    let days = i64::try_from(secs / 86_400).unwrap_or(0);
    let (year, month, day) = civil_from_days(days);
    let rest = secs % 86_400;
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        rest / 60 % 60,
        rest % 60
    )
}

/// Seconds since the epoch of an RFC 3339 UTC stamp as [`rfc3339`] writes
/// it (`YYYY-MM-DDTHH:MM:SSZ`), or `None` when it is not one.
#[cfg(any(feature = "cve", test))]
pub(crate) fn parse_rfc3339(text: &str) -> Option<u64> {
    let (date, time) = text.strip_suffix('Z')?.split_once('T')?;
    let days = u64::try_from(parse_date(date)?).ok()?;
    let mut parts = time.splitn(3, ':');
    let mut next = |limit: u64| {
        let part = parts.next()?;
        let value: u64 = part.parse().ok()?;
        (part.len() == 2 && value < limit).then_some(value)
    };
    let (hours, minutes, seconds) = (next(24)?, next(60)?, next(60)?);
    Some(days * 86_400 + hours * 3600 + minutes * 60 + seconds)
}

/// Today's date (UTC) as days since the epoch.
pub(crate) fn today() -> i64 {
    i64::try_from(unix_seconds(SystemTime::now()) / 86_400).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(parse_date("2000-02-29"), Some(11_016));
        assert_eq!(
            parse_date("2026-12-03").map(civil_from_days),
            Some((2026, 12, 3))
        );
        assert_eq!(parse_date("2025-02-29"), None);
        assert_eq!(parse_date("2025-13-01"), None);
        assert_eq!(parse_date("soon"), None);
        for days in [-1000, 0, 59, 60, 10_957, 20_000, 100_000] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), Some(days));
        }
        assert_eq!(
            rfc3339(UNIX_EPOCH + Duration::from_secs(86_400 + 3661)),
            "1970-01-02T01:01:01Z"
        );
        let stamp = UNIX_EPOCH + Duration::from_secs(1_796_300_000);
        assert_eq!(parse_rfc3339(&rfc3339(stamp)), Some(1_796_300_000));
        for bad in [
            "",
            "2026-12-03",
            "2026-12-03T25:00:00Z",
            "2026-12-03T1:2:3Z",
        ] {
            assert_eq!(parse_rfc3339(bad), None, "{bad}");
        }
    }
}
