#![allow(dead_code)]
//! Crate docs
/// Item docs
//// not docs
/** block docs /* nested */ still */
/* plain /** nested */ still */
/**/ /***/ /*** three */
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq)]
pub struct Point<'a, T: Copy> { x: T, name: &'a str }

macro_rules! square {
    ($x:expr) => { $x * $x };
    ($($rest:tt)*) => ( vec![$($rest)*] );
}

impl<'a, T: Copy + Default> Point<'a, T> {
    pub async fn new(name: &'static str) -> Self {
        let v = vec![1u8, 2_000i32 as u8, 0xFFu64 as u8, 0b1010, 0o17];
        let f = 1.5e-3f64 + 2.0 + 3f32 + 1e10;
        let s = "tab\t quote\" nl\n \u{1F600} \q bad";
        let raw = r#"raw "string""#;
        let c = 'c'; let b = b'\x7f'; let bs = b"bytes";
        let t = (1, 2).0;
        println!("{} {:?}", name, (v, [f; 2]));
        foo.await;
        self.map.get(&1).unwrap_or(&0).clone()
    }
}
# hidden rustdoc line
fn main() { let _ = square!(3); Some(1).map(|x| x + 1); }
