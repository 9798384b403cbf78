//! Percent-encoding for the pieces of a hash URL (path segments and query values).
//!
//! Article ids come from file names and search queries (later) from users, so any text
//! must survive a round trip through the address bar. Decoding is lenient because the
//! input may be typed or tampered with by hand: it never fails, it only does its best.

/// Encodes `text` so it can sit in a path segment or a query value: every byte except
/// the URL "unreserved" characters (`A-Z a-z 0-9 - . _ ~`) becomes `%XX`.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for &b in text.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(hex_digit(b >> 4));
            out.push(hex_digit(b & 0x0f));
        }
    }
    out
}

/// Decodes a path segment: `%XX` becomes that byte, a malformed `%` stays as it is, and
/// bytes that do not form UTF-8 become U+FFFD.
pub fn decode_segment(text: &str) -> String {
    decode(text, false)
}

/// Decodes a query value like [`decode_segment`], and also reads `+` as a space, as
/// HTML forms and people writing URLs by hand do.
pub fn decode_query_value(text: &str) -> String {
    decode(text, true)
}

fn decode(text: &str, plus_is_space: bool) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let escaped = match (b, bytes.get(i + 1), bytes.get(i + 2)) {
            (b'%', Some(&hi), Some(&lo)) => hex_value(hi).zip(hex_value(lo)),
            _ => None,
        };
        if let Some((hi, lo)) = escaped {
            out.push(hi << 4 | lo);
            i += 3;
        } else {
            out.push(if plus_is_space && b == b'+' { b' ' } else { b });
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex_digit(nibble: u8) -> char {
    char::from(b"0123456789ABCDEF"[usize::from(nibble & 0x0f)])
}

fn hex_value(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unreserved_characters_pass_through() {
        assert_eq!(encode("003_115b22df84fd61fe"), "003_115b22df84fd61fe");
        assert_eq!(encode("a-b.c~d"), "a-b.c~d");
    }

    #[test]
    fn reserved_and_non_ascii_characters_are_escaped() {
        assert_eq!(encode("red lines?"), "red%20lines%3F");
        assert_eq!(encode("a/b#c&d=e+f"), "a%2Fb%23c%26d%3De%2Bf");
        assert_eq!(
            encode("Україна"),
            "%D0%A3%D0%BA%D1%80%D0%B0%D1%97%D0%BD%D0%B0"
        );
    }

    #[test]
    fn decoding_inverts_encoding() {
        for s in [
            "",
            "plain",
            "“Lavrov” said: 50% & more",
            "a+b",
            "Україна/Росія",
        ] {
            assert_eq!(decode_segment(&encode(s)), s);
            assert_eq!(decode_query_value(&encode(s)), s);
        }
    }

    #[test]
    fn plus_is_a_space_only_in_query_values() {
        assert_eq!(decode_query_value("red+lines"), "red lines");
        assert_eq!(decode_segment("red+lines"), "red+lines");
    }

    #[test]
    fn malformed_escapes_stay_literal() {
        assert_eq!(decode_segment("100%"), "100%");
        assert_eq!(decode_segment("%zz%4"), "%zz%4");
        assert_eq!(decode_segment("%4a%4A"), "JJ");
    }

    #[test]
    fn invalid_utf8_becomes_replacement_characters() {
        assert_eq!(decode_segment("%FF%FEok"), "\u{FFFD}\u{FFFD}ok");
        // A lone continuation byte from a truncated multi-byte character.
        assert_eq!(decode_segment("%D0"), "\u{FFFD}");
    }
}
