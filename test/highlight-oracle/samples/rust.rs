//! A tiny tokenizer.
use std::collections::HashMap;

/// A token kind.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    Word(String),
    Number(f64),
    Space,
}

pub struct Lexer<'a> {
    input: &'a str,
    pos: usize,
}

impl<'a> Lexer<'a> {
    pub fn new(input: &'a str) -> Self {
        Lexer { input, pos: 0 }
    }

    fn next_kind(&mut self) -> Option<Kind> {
        let c = self.input[self.pos..].chars().next()?;
        let mut counts: HashMap<char, u32> = HashMap::new();
        *counts.entry(c).or_insert(0) += 1;
        match c {
            ' ' | '\t' => Some(Kind::Space),
            '0'..='9' => Some(Kind::Number(1.5e3)),
            _ => {
                println!("word at {}", self.pos);
                None
            }
        }
    }
}
