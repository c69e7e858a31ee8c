//! Helpers shared by the golden tests (`mod common;`): compare a value with its JSON file under
//! `tests/golden/`, or write the file when `UPDATE_GOLDEN` is set (then review the diff), and
//! name the first difference by its JSON path so a failure says what moved.
#![allow(dead_code)] // each test target uses the part it needs

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

/// The path of `rel` under `tests/golden/` (`"scoring/student.json"`).
pub fn golden_path(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(rel)
}

/// True when the run should rewrite the golden files (`UPDATE_GOLDEN=1`).
pub fn updating() -> bool {
    std::env::var_os("UPDATE_GOLDEN").is_some()
}

/// Reads a golden file as JSON, panicking with its path when it is missing or not JSON.
pub fn read_golden(rel: &str) -> Value {
    let path = golden_path(rel);
    let text = fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (run with UPDATE_GOLDEN=1 to create it)",
            path.display()
        )
    });
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// With `UPDATE_GOLDEN` set, writes `got` (pretty JSON) to the golden file `rel`; otherwise
/// asserts that the file holds exactly `got`, naming the first differing path.
pub fn check_golden(rel: &str, got: &Value) {
    if updating() {
        let path = golden_path(rel);
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).expect("create the golden directory");
        }
        let text = serde_json::to_string_pretty(got).expect("golden text");
        fs::write(&path, text + "\n").expect("write the golden file");
        return;
    }
    let want = read_golden(rel);
    if let Some((at, w, g)) = first_difference(&want, got, "") {
        panic!("{rel}: differs at {at}: golden {w}, now {g} (UPDATE_GOLDEN=1 accepts a deliberate change)");
    }
}

/// The first place where `want` and `got` differ, as (JSON pointer, golden text, new text).
pub fn first_difference(want: &Value, got: &Value, at: &str) -> Option<(String, String, String)> {
    match (want, got) {
        (Value::Object(w), Value::Object(g)) => {
            for (k, wv) in w {
                let here = format!("{at}/{k}");
                match g.get(k) {
                    Some(gv) => {
                        if let Some(d) = first_difference(wv, gv, &here) {
                            return Some(d);
                        }
                    }
                    None => return Some((here, wv.to_string(), "(absent)".into())),
                }
            }
            g.iter()
                .find(|(k, _)| !w.contains_key(*k))
                .map(|(k, gv)| (format!("{at}/{k}"), "(absent)".into(), gv.to_string()))
        }
        (Value::Array(w), Value::Array(g)) => {
            for (i, (wv, gv)) in w.iter().zip(g).enumerate() {
                if let Some(d) = first_difference(wv, gv, &format!("{at}/{i}")) {
                    return Some(d);
                }
            }
            (w.len() != g.len()).then(|| {
                (
                    format!("{at} (length)"),
                    w.len().to_string(),
                    g.len().to_string(),
                )
            })
        }
        (w, g) => (w != g).then(|| (at.to_owned(), w.to_string(), g.to_string())),
    }
}

/// The names (without `.json`) of the golden files in `dir` (`"scoring"`), sorted.
pub fn golden_names(dir: &str) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(golden_path(dir))
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter_map(|e| {
                    e.file_name()
                        .to_str()
                        .and_then(|n| n.strip_suffix(".json"))
                        .map(str::to_owned)
                })
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

pub mod fuzz;
