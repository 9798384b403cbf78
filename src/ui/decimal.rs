//! Numbers with one decimal, written without core's float printing (which costs the wasm
//! bundle about 12 KB of code for the one figure the UI shows: a search's duration).

/// `x` written exactly as `format!("{x:.1}")` writes it: the exact binary value rounded
/// to one decimal, ties to even, `-` for any negative value (even `-0.0`), and `NaN`,
/// `inf`, `-inf` for the specials.
pub fn one_decimal(x: f64) -> String {
    let sign = if x.is_sign_negative() && !x.is_nan() {
        "-"
    } else {
        ""
    };
    if x.is_nan() {
        return "NaN".to_string();
    }
    if x.is_infinite() {
        return format!("{sign}inf");
    }
    // x = ±m × 2^e exactly.
    let bits = x.to_bits();
    let exponent = ((bits >> 52) & 0x7FF) as i32;
    let fraction = bits & ((1 << 52) - 1);
    let (m, e) = match exponent {
        0 => (fraction, -1074),
        _ => (fraction | 1 << 52, exponent - 1075),
    };
    if e >= 0 {
        // An integer (at least 2^52): its digits, then ".0".
        return format!("{sign}{}.0", integer_digits(m, e.unsigned_abs()));
    }
    // Tenths: 10m × 2^e, rounded to the nearest integer, ties to even. 10m < 2^57, so a
    // shift of 64 or more leaves less than half a tenth.
    let shift = e.unsigned_abs();
    let tenths = if shift >= 64 {
        0
    } else {
        let scaled = u128::from(m) * 10;
        let whole = scaled >> shift;
        let rest = scaled & ((1u128 << shift) - 1);
        let half = 1u128 << (shift - 1);
        let up = rest > half || (rest == half && whole % 2 == 1);
        u64::try_from(whole).unwrap_or(u64::MAX) + u64::from(up)
    };
    format!("{sign}{}.{}", tenths / 10, tenths % 10)
}

/// The decimal digits of `m × 2^power`, by doubling a little-endian digit list.
fn integer_digits(m: u64, power: u32) -> String {
    let mut digits: Vec<u8> = m.to_string().bytes().rev().map(|b| b - b'0').collect();
    for _ in 0..power {
        let mut carry = 0;
        for d in &mut digits {
            let v = *d * 2 + carry;
            *d = v % 10;
            carry = v / 10;
        }
        if carry > 0 {
            digits.push(carry);
        }
    }
    digits.iter().rev().map(|d| char::from(b'0' + d)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn same(x: f64) {
        assert_eq!(
            one_decimal(x),
            format!("{x:.1}"),
            "{x:e} ({:#x})",
            x.to_bits()
        );
    }

    #[test]
    fn search_times_read_like_core_formatting() {
        assert_eq!(one_decimal(12.34), "12.3");
        assert_eq!(one_decimal(0.15), "0.1"); // 0.15 is 0.1499999… in binary
        assert_eq!(one_decimal(0.25), "0.2"); // an exact tie goes to the even digit
        assert_eq!(one_decimal(0.75), "0.8");
        assert_eq!(one_decimal(99.96), "100.0");
    }

    #[test]
    fn every_hundredth_and_twentieth_up_to_ten_seconds_reads_like_core_formatting() {
        for k in 0..1_000_000_u32 {
            same(f64::from(k) / 100.0);
            same(f64::from(k) * 0.05);
        }
    }

    #[test]
    fn extremes_and_specials_read_like_core_formatting() {
        for x in [
            0.0,
            -0.0,
            -0.04,
            -0.05,
            -1.25,
            f64::MIN_POSITIVE,
            5e-324,
            4.5e15,
            2f64.powi(52),
            2f64.powi(53) + 2.0,
            1e20,
            f64::MAX,
            f64::MIN,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ] {
            same(x);
        }
    }

    proptest! {
        #[test]
        fn any_float_reads_like_core_formatting(x in any::<f64>()) {
            same(x);
        }

        #[test]
        fn any_timer_reading_reads_like_core_formatting(x in 0.0..1e7_f64) {
            same(x);
        }
    }
}
