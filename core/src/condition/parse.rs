//! Parser for the condition expressions authors write in survey files.
//!
//! ```text
//! expr    := and ("or" and)*
//! and     := unary ("and" unary)*
//! unary   := "not" unary | atom
//! atom    := "(" expr ")" | "answered(" id ")" | "count(" id ")" op int
//!          | id op (int | id | "answer(" id ")")
//! op      := "=" | "!=" | "<" | "<=" | ">" | ">="
//! ```
//! `id = id` means "is this choice"; `id op int` compares a scale point or a number.

use super::{CompareOp, Condition};
use crate::ids::{ChoiceId, QuestionId};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot read condition `{input}` at character {at}: {message}")]
pub struct ConditionSyntaxError {
    pub input: String,
    pub at: usize,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Word(String),
    Int(i64),
    Op(CompareOp),
    Open,
    Close,
}

pub fn parse_condition(input: &str) -> Result<Condition, ConditionSyntaxError> {
    let tokens = tokenize(input)?;
    let mut parser = Parser {
        input,
        tokens,
        pos: 0,
    };
    let condition = parser.expr()?;
    if parser.pos < parser.tokens.len() {
        return Err(parser.error("unexpected text after the end of the condition"));
    }
    Ok(condition)
}

fn tokenize(input: &str) -> Result<Vec<(usize, Token)>, ConditionSyntaxError> {
    let chars: Vec<(usize, char)> = input.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        let next = chars.get(i + 1).map(|(_, c)| *c);
        match c {
            ' ' | '\t' | '\n' => i += 1,
            '(' => {
                out.push((at, Token::Open));
                i += 1;
            }
            ')' => {
                out.push((at, Token::Close));
                i += 1;
            }
            '=' => {
                out.push((at, Token::Op(CompareOp::Eq)));
                i += 1;
            }
            '!' if next == Some('=') => {
                out.push((at, Token::Op(CompareOp::Ne)));
                i += 2;
            }
            '<' | '>' => {
                let or_equal = next == Some('=');
                let op = match (c, or_equal) {
                    ('<', false) => CompareOp::Lt,
                    ('<', true) => CompareOp::Le,
                    ('>', false) => CompareOp::Gt,
                    _ => CompareOp::Ge,
                };
                out.push((at, Token::Op(op)));
                i += if or_equal { 2 } else { 1 };
            }
            '-' | '0'..='9' => {
                let start = i;
                i += 1;
                while i < chars.len() && chars[i].1.is_ascii_digit() {
                    i += 1;
                }
                let text: String = chars[start..i].iter().map(|(_, c)| c).collect();
                let value = text.parse().map_err(|_| ConditionSyntaxError {
                    input: input.to_owned(),
                    at,
                    message: format!("`{text}` is not a whole number"),
                })?;
                out.push((at, Token::Int(value)));
            }
            c if c.is_ascii_alphabetic() => {
                let start = i;
                while i < chars.len()
                    && (chars[i].1.is_ascii_alphanumeric()
                        || chars[i].1 == '-'
                        || chars[i].1 == '_')
                {
                    i += 1;
                }
                let word: String = chars[start..i].iter().map(|(_, c)| c).collect();
                out.push((at, Token::Word(word)));
            }
            other => {
                return Err(ConditionSyntaxError {
                    input: input.to_owned(),
                    at,
                    message: format!("unexpected character `{other}`"),
                })
            }
        }
    }
    Ok(out)
}

struct Parser<'a> {
    input: &'a str,
    tokens: Vec<(usize, Token)>,
    pos: usize,
}

impl Parser<'_> {
    fn error(&self, message: impl Into<String>) -> ConditionSyntaxError {
        let at = self
            .tokens
            .get(self.pos)
            .map_or(self.input.len(), |(at, _)| *at);
        ConditionSyntaxError {
            input: self.input.to_owned(),
            at,
            message: message.into(),
        }
    }

    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.pos).map(|(_, t)| t)
    }

    fn bump(&mut self) -> Option<Token> {
        let t = self.tokens.get(self.pos).map(|(_, t)| t.clone());
        self.pos += 1;
        t
    }

    fn keyword(&self, word: &str) -> bool {
        matches!(self.peek(), Some(Token::Word(w)) if w == word)
    }

    fn expr(&mut self) -> Result<Condition, ConditionSyntaxError> {
        let mut parts = vec![self.and()?];
        while self.keyword("or") {
            self.pos += 1;
            parts.push(self.and()?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Condition::Any(parts)
        })
    }

    fn and(&mut self) -> Result<Condition, ConditionSyntaxError> {
        let mut parts = vec![self.unary()?];
        while self.keyword("and") {
            self.pos += 1;
            parts.push(self.unary()?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Condition::All(parts)
        })
    }

    fn unary(&mut self) -> Result<Condition, ConditionSyntaxError> {
        if self.keyword("not") {
            self.pos += 1;
            return Ok(Condition::Not(Box::new(self.unary()?)));
        }
        self.atom()
    }

    fn expect(&mut self, token: Token, what: &str) -> Result<(), ConditionSyntaxError> {
        if self.peek() == Some(&token) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.error(format!("expected {what}")))
        }
    }

    fn question(&mut self) -> Result<QuestionId, ConditionSyntaxError> {
        match self.peek().cloned() {
            Some(Token::Word(w)) => {
                let id = QuestionId::new(w).map_err(|e| self.error(e.to_string()))?;
                self.pos += 1;
                Ok(id)
            }
            _ => Err(self.error("expected a question id")),
        }
    }

    fn op(&mut self) -> Result<CompareOp, ConditionSyntaxError> {
        match self.peek() {
            Some(Token::Op(op)) => {
                let op = *op;
                self.pos += 1;
                Ok(op)
            }
            _ => Err(self.error("expected a comparison (=, !=, <, <=, >, >=)")),
        }
    }

    fn int(&mut self) -> Result<i64, ConditionSyntaxError> {
        match self.peek() {
            Some(Token::Int(v)) => {
                let v = *v;
                self.pos += 1;
                Ok(v)
            }
            _ => Err(self.error("expected a whole number")),
        }
    }

    fn atom(&mut self) -> Result<Condition, ConditionSyntaxError> {
        if self.peek() == Some(&Token::Open) {
            self.pos += 1;
            let inner = self.expr()?;
            self.expect(Token::Close, "`)`")?;
            return Ok(inner);
        }
        let function = match (self.peek(), self.tokens.get(self.pos + 1).map(|(_, t)| t)) {
            (Some(Token::Word(w)), Some(Token::Open)) => Some(w.clone()),
            _ => None,
        };
        if let Some(function) = function {
            self.pos += 2;
            let question = self.question()?;
            self.expect(Token::Close, "`)`")?;
            return match function.as_str() {
                "answered" => Ok(Condition::Answered(question)),
                "count" => {
                    let op = self.op()?;
                    let value = self.int()?;
                    Ok(Condition::CountSelected {
                        question,
                        op,
                        value,
                    })
                }
                other => {
                    self.pos -= 4;
                    Err(self.error(format!(
                        "unknown function `{other}`; use answered(…) or count(…)"
                    )))
                }
            };
        }
        let question = self.question()?;
        let op = self.op()?;
        // `a != answer(b)`: the two answers compared with each other.
        if matches!(self.peek(), Some(Token::Word(w)) if w == "answer")
            && self.tokens.get(self.pos + 1).map(|(_, t)| t) == Some(&Token::Open)
        {
            self.pos += 2;
            let right = self.question()?;
            self.expect(Token::Close, "`)`")?;
            return Ok(Condition::CompareAnswers {
                left: question,
                op,
                right,
            });
        }
        match self.bump() {
            Some(Token::Int(value)) => Ok(Condition::Compare {
                question,
                op,
                value,
            }),
            Some(Token::Word(w)) => {
                self.pos -= 1;
                let choice = ChoiceId::new(w).map_err(|e| self.error(e.to_string()))?;
                self.pos += 1;
                match op {
                    CompareOp::Eq => Ok(Condition::Is { question, choice }),
                    CompareOp::Ne => {
                        Ok(Condition::Not(Box::new(Condition::Is { question, choice })))
                    }
                    _ => {
                        self.pos -= 2;
                        Err(self.error("choices can only be compared with = or !="))
                    }
                }
            }
            _ => {
                self.pos -= 1;
                Err(self.error("expected a choice id or a whole number"))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(s: &str) -> QuestionId {
        QuestionId::new(s).unwrap()
    }

    #[test]
    fn reads_the_documented_forms() {
        assert_eq!(
            parse_condition("food = no").unwrap(),
            Condition::Is {
                question: q("food"),
                choice: ChoiceId::new("no").unwrap()
            }
        );
        assert_eq!(
            parse_condition("overall <= 5").unwrap(),
            Condition::Compare {
                question: q("overall"),
                op: CompareOp::Le,
                value: 5
            }
        );
        let c = parse_condition("food = no or overall <= 5 and not answered(age)").unwrap();
        match c {
            Condition::Any(parts) => {
                assert_eq!(parts.len(), 2);
                assert!(matches!(&parts[1], Condition::All(inner) if inner.len() == 2));
            }
            other => panic!("expected or, got {other:?}"),
        }
        assert!(matches!(
            parse_condition("count(reasons) >= 2").unwrap(),
            Condition::CountSelected { value: 2, .. }
        ));
        assert!(matches!(
            parse_condition("temp > -3").unwrap(),
            Condition::Compare { value: -3, .. }
        ));
    }

    #[test]
    fn display_reads_back_to_the_same_condition() {
        for text in [
            "a = b",
            "x != y",
            "a = no or (b >= 3 and not answered(c))",
            "count(r) > 1",
            "a != answer(b)",
            "x >= answer(y) and answered(y)",
        ] {
            let c = parse_condition(text).unwrap();
            assert_eq!(parse_condition(&c.to_string()).unwrap(), c, "{text}");
        }
    }

    #[test]
    fn errors_say_where_and_what() {
        let e = parse_condition("food = ").unwrap_err();
        assert_eq!(e.at, 7);
        assert!(e.message.contains("choice id or a whole number"), "{e}");
        let e = parse_condition("food < no").unwrap_err();
        assert!(e.message.contains("only be compared with = or !="), "{e}");
        let e = parse_condition("(a = b").unwrap_err();
        assert!(e.message.contains("`)`"), "{e}");
        let e = parse_condition("a = b c").unwrap_err();
        assert!(e.message.contains("after the end"), "{e}");
        let e = parse_condition("a $ b").unwrap_err();
        assert!(e.message.contains("unexpected character `$`"), "{e}");
        let e = parse_condition("selected(a)").unwrap_err();
        assert!(e.message.contains("unknown function `selected`"), "{e}");
        assert!(parse_condition("").is_err());
    }
}
