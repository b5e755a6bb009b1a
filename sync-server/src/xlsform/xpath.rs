//! The XPath subset of `relevant` and `constraint`: `${field}`, `.`, comparisons, `and`, `or`,
//! `not()`, `selected()`, `count-selected()`, `string-length()`, string literals and numbers.
//! Parsed into a small tree, then turned into a Heard condition or into bounds.

use heard_core::condition::CompareOp;

#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    Or(Vec<Expr>),
    And(Vec<Expr>),
    Compare(Box<Expr>, CompareOp, Box<Expr>),
    Call(String, Vec<Expr>),
    Field(String),
    Current,
    Str(String),
    /// The number as written (`7`, `-2`, `1.5`), so decimals stay exact.
    Num(String),
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Field(String),
    Dot,
    Str(String),
    Num(String),
    Word(String),
    Op(CompareOp),
    Open,
    Close,
    Comma,
}

pub fn parse(input: &str) -> Result<Expr, String> {
    let tokens = tokenize(input)?;
    let mut p = Parser { tokens, pos: 0 };
    let e = p.or()?;
    if p.pos < p.tokens.len() {
        return Err(format!(
            "unexpected {} after the end of the expression",
            describe(&p.tokens[p.pos])
        ));
    }
    Ok(e)
}

fn describe(t: &Token) -> String {
    match t {
        Token::Field(f) => format!("`${{{f}}}`"),
        Token::Dot => "`.`".into(),
        Token::Str(s) => format!("'{s}'"),
        Token::Num(n) | Token::Word(n) => format!("`{n}`"),
        Token::Op(op) => format!("`{}`", op.symbol()),
        Token::Open => "`(`".into(),
        Token::Close => "`)`".into(),
        Token::Comma => "`,`".into(),
    }
}

fn tokenize(input: &str) -> Result<Vec<Token>, String> {
    // Quotes pasted from a word processor (‘ ’ “ ”) are read as straight quotes.
    let chars: Vec<char> = input
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201C}' | '\u{201D}' => '"',
            c => c,
        })
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        match c {
            c if c.is_whitespace() => i += 1,
            '$' if next == Some('{') => {
                let end = chars[i..]
                    .iter()
                    .position(|c| *c == '}')
                    .ok_or("`${` is not closed with `}`")?;
                out.push(Token::Field(
                    chars[i + 2..i + end]
                        .iter()
                        .collect::<String>()
                        .trim()
                        .to_owned(),
                ));
                i += end + 1;
            }
            '\'' | '"' => {
                let end = chars[i + 1..]
                    .iter()
                    .position(|x| *x == c)
                    .ok_or("a quoted text is not closed")?;
                out.push(Token::Str(chars[i + 1..i + 1 + end].iter().collect()));
                i += end + 2;
            }
            '(' => {
                out.push(Token::Open);
                i += 1;
            }
            ')' => {
                out.push(Token::Close);
                i += 1;
            }
            ',' => {
                out.push(Token::Comma);
                i += 1;
            }
            '=' => {
                out.push(Token::Op(CompareOp::Eq));
                i += 1;
            }
            '!' if next == Some('=') => {
                out.push(Token::Op(CompareOp::Ne));
                i += 2;
            }
            '<' | '>' => {
                let eq = next == Some('=');
                out.push(Token::Op(match (c, eq) {
                    ('<', false) => CompareOp::Lt,
                    ('<', true) => CompareOp::Le,
                    ('>', false) => CompareOp::Gt,
                    _ => CompareOp::Ge,
                }));
                i += if eq { 2 } else { 1 };
            }
            '.' if !next.is_some_and(|n| n.is_ascii_digit()) => {
                out.push(Token::Dot);
                i += 1;
            }
            c if c.is_ascii_digit()
                || c == '.'
                || (c == '-' && next.is_some_and(|n| n.is_ascii_digit() || n == '.')) =>
            {
                let start = i;
                i += 1;
                while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') {
                    i += 1;
                }
                out.push(Token::Num(chars[start..i].iter().collect()));
            }
            c if c.is_ascii_alphabetic() => {
                let start = i;
                while i < chars.len()
                    && (chars[i].is_ascii_alphanumeric() || chars[i] == '-' || chars[i] == '_')
                {
                    i += 1;
                }
                out.push(Token::Word(chars[start..i].iter().collect()));
            }
            '+' | '-' | '*' | '|' => return Err(format!("arithmetic (`{c}`) is not supported")),
            '/' | '[' => return Err("paths other than `${field}` and `.` are not supported".into()),
            other => return Err(format!("unexpected character `{other}`")),
        }
    }
    Ok(out)
}

struct Parser {
    tokens: Vec<Token>,
    pos: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.pos)
    }
    fn word(&self, w: &str) -> bool {
        matches!(self.peek(), Some(Token::Word(x)) if x == w)
    }
    fn or(&mut self) -> Result<Expr, String> {
        let mut parts = vec![self.and()?];
        while self.word("or") {
            self.pos += 1;
            parts.push(self.and()?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Expr::Or(parts)
        })
    }
    fn and(&mut self) -> Result<Expr, String> {
        let mut parts = vec![self.compare()?];
        while self.word("and") {
            self.pos += 1;
            parts.push(self.compare()?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Expr::And(parts)
        })
    }
    fn compare(&mut self) -> Result<Expr, String> {
        let left = self.primary()?;
        if let Some(Token::Op(op)) = self.peek() {
            let op = *op;
            self.pos += 1;
            let right = self.primary()?;
            if matches!(self.peek(), Some(Token::Op(_))) {
                return Err("chained comparisons are not supported; join them with `and`".into());
            }
            return Ok(Expr::Compare(Box::new(left), op, Box::new(right)));
        }
        Ok(left)
    }
    fn primary(&mut self) -> Result<Expr, String> {
        let Some(token) = self.tokens.get(self.pos).cloned() else {
            return Err("the expression ends too early".into());
        };
        self.pos += 1;
        match token {
            Token::Open => {
                let inner = self.or()?;
                if self.peek() != Some(&Token::Close) {
                    return Err("a `(` is not closed with `)`".into());
                }
                self.pos += 1;
                Ok(inner)
            }
            Token::Field(f) => Ok(Expr::Field(f)),
            Token::Dot => Ok(Expr::Current),
            Token::Str(s) => Ok(Expr::Str(s)),
            Token::Num(n) => Ok(Expr::Num(n)),
            Token::Word(w) if self.peek() == Some(&Token::Open) => {
                self.pos += 1;
                let mut args = Vec::new();
                if self.peek() != Some(&Token::Close) {
                    loop {
                        args.push(self.or()?);
                        match self.peek() {
                            Some(Token::Comma) => self.pos += 1,
                            _ => break,
                        }
                    }
                }
                if self.peek() != Some(&Token::Close) {
                    return Err(format!("`{w}(` is not closed with `)`"));
                }
                self.pos += 1;
                Ok(Expr::Call(w, args))
            }
            other => Err(format!("unexpected {}", describe(&other))),
        }
    }
}

/// A number literal scaled by 10^decimals, exactly (`1.5` with 1 decimal → 15).
pub fn scaled(number: &str, decimals: u8) -> Option<i64> {
    let (negative, digits) = match number.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, number),
    };
    let (whole, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let frac = frac.trim_end_matches('0');
    if frac.len() > usize::from(decimals) || (whole.is_empty() && frac.is_empty()) {
        return None;
    }
    let mut text = String::from(if whole.is_empty() { "0" } else { whole });
    text.push_str(frac);
    text.extend(std::iter::repeat_n('0', usize::from(decimals) - frac.len()));
    if negative {
        text.insert(0, '-');
    }
    text.parse().ok()
}

/// The number written for a value scaled by 10^decimals (15 with 1 decimal → `1.5`).
pub fn unscaled(value: i64, decimals: u8) -> String {
    let sign = if value < 0 { "-" } else { "" };
    let places = usize::from(decimals);
    let mut digits = value.unsigned_abs().to_string();
    if places == 0 {
        return format!("{sign}{digits}");
    }
    if digits.len() <= places {
        digits = format!("{}{digits}", "0".repeat(places + 1 - digits.len()));
    }
    let (whole, frac) = digits.split_at(digits.len() - places);
    let frac = frac.trim_end_matches('0');
    if frac.is_empty() {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{frac}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_subset() {
        let e = parse("${a} = 'x' and (not(selected(${b}, 'y')) or count-selected(${b}) >= 2)")
            .unwrap();
        assert!(matches!(e, Expr::And(ref parts) if parts.len() == 2));
        assert_eq!(
            parse(". >= 1.5").unwrap(),
            Expr::Compare(
                Box::new(Expr::Current),
                CompareOp::Ge,
                Box::new(Expr::Num("1.5".into()))
            )
        );
        assert!(parse("${a} + 1 > 2").unwrap_err().contains("arithmetic"));
        assert!(parse("/data/a = 1").unwrap_err().contains("paths"));
        assert!(parse("(${a} = 1").unwrap_err().contains("not closed"));
    }

    #[test]
    fn scaling_is_exact() {
        assert_eq!(scaled("1.5", 1), Some(15));
        assert_eq!(scaled("-2", 2), Some(-200));
        assert_eq!(scaled("1.25", 1), None);
        assert_eq!(scaled(".5", 1), Some(5));
        assert_eq!(unscaled(15, 1), "1.5");
        assert_eq!(unscaled(-200, 2), "-2");
        assert_eq!(unscaled(-5, 2), "-0.05");
        assert_eq!(unscaled(120, 1), "12");
        assert_eq!(unscaled(7, 30), "0.000000000000000000000000000007");
        for (v, d) in [
            (0, 0),
            (15, 1),
            (-999_999_999_000, 3),
            (i64::MIN, 2),
            (i64::MAX, 6),
        ] {
            assert_eq!(scaled(&unscaled(v, d), d), Some(v), "{v} {d}");
        }
    }
}
