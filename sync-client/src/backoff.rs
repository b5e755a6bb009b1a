//! Retry delays: exponential with jitter, so a centre's tablets coming back online together do
//! not hammer the server in step; a server's `Retry-After` is a floor.

use std::time::Duration;

/// The delay before retry number `attempt` (1 = first retry). `jitter` in `[0, 1)` picks a point
/// in the upper half of the exponential window ("equal jitter").
pub fn delay(
    attempt: u32,
    base: Duration,
    max: Duration,
    jitter: f64,
    retry_after: Option<Duration>,
) -> Duration {
    let exp = base.saturating_mul(1u32 << attempt.saturating_sub(1).min(20));
    let window = exp.min(max);
    let jittered = window.mul_f64(0.5 + 0.5 * jitter.clamp(0.0, 1.0));
    match retry_after {
        Some(floor) if floor > jittered => floor,
        _ => jittered,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grows_caps_and_honours_retry_after() {
        let (b, m) = (Duration::from_secs(1), Duration::from_secs(60));
        assert_eq!(delay(1, b, m, 1.0, None), Duration::from_secs(1));
        assert_eq!(delay(3, b, m, 1.0, None), Duration::from_secs(4));
        assert_eq!(delay(3, b, m, 0.0, None), Duration::from_secs(2));
        assert_eq!(delay(30, b, m, 1.0, None), m);
        assert_eq!(
            delay(1, b, m, 0.0, Some(Duration::from_secs(9))),
            Duration::from_secs(9)
        );
    }
}
