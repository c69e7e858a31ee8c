//! The rules of the code's shape that a program can check, read from the source files
//! themselves (in the spirit of rust-analyzer's `tidy.rs`): every file says what it is, no file
//! grows past 700 lines outside its tests, files import each other one way only, the core names
//! no web crate, widgets import no part of the app, and nothing the first load reaches imports
//! the view library's code.
//!
//! An import is a path that starts with `crate::` or `super::` anywhere in a file's code
//! (comments aside), resolved to the file of the longest module it names. A `pub use` line is
//! a module's public surface, not a use, and is left out.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.rs` file below `dir`, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn read(p: &Path) -> String {
    fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// Files that break a rule today and are being split; nothing may join this list.
const NOT_YET: &[&str] = &["src/money/fast.rs", "src/money/methods.rs"];

fn rel(p: &Path) -> String {
    p.strip_prefix(root()).unwrap_or(p).display().to_string()
}

/// A file's code: comments removed, and the lines after its `#[cfg(test)]` module left out.
fn code(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        if line.trim_start().starts_with("#[cfg(test)]") {
            break;
        }
        let line = match line.find("//") {
            // A `//` inside a string (a URL) ends nothing: only count it outside quotes.
            Some(i) if line[..i].matches('"').count() % 2 == 0 => &line[..i],
            _ => line,
        };
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// One crate's source tree: its module paths and the file of each.
struct Tree {
    src: PathBuf,
    modules: BTreeMap<Vec<String>, PathBuf>,
}

impl Tree {
    /// The crate rooted at `src/lib.rs` (binaries under `src/bin` and `src/main.rs` are crates of
    /// their own and left out).
    fn new(src: &Path) -> Tree {
        let mut modules = BTreeMap::new();
        for f in rust_files(src) {
            if let Some(path) = Tree::module_of(src, &f) {
                modules.insert(path, f);
            }
        }
        Tree {
            src: src.to_path_buf(),
            modules,
        }
    }

    fn module_of(src: &Path, file: &Path) -> Option<Vec<String>> {
        let r = file.strip_prefix(src).ok()?;
        let mut parts: Vec<String> = r.iter().map(|s| s.to_string_lossy().into_owned()).collect();
        if parts.first().is_some_and(|p| p == "bin") || parts == ["main.rs"] {
            return None;
        }
        let last = parts.pop()?;
        match last.as_str() {
            "lib.rs" | "mod.rs" => {}
            other => parts.push(other.trim_end_matches(".rs").to_owned()),
        }
        Some(parts)
    }

    /// The file of the longest module `path` names.
    fn resolve(&self, path: &[String]) -> Option<&PathBuf> {
        (0..=path.len())
            .rev()
            .find_map(|n| self.modules.get(&path[..n]))
    }

    /// The files that `file` imports (itself left out).
    fn imports(&self, file: &Path) -> BTreeSet<PathBuf> {
        let Some(me) = Tree::module_of(&self.src, file) else {
            return BTreeSet::new();
        };
        // A non-mod file's `super` is its parent module; `mod.rs`'s is its directory's parent.
        let parent: Vec<String> = me[..me.len().saturating_sub(1)].to_vec();
        let mut out = BTreeSet::new();
        let text = code(&read(file));
        // A module names its own children without `crate::` (`state::State`).
        let children: Vec<String> = self
            .modules
            .keys()
            .filter(|m| m.len() == me.len() + 1 && m.starts_with(&me))
            .filter_map(|m| m.last().cloned())
            .collect();
        for statement in statements(&text) {
            if statement.starts_with("pub use ") {
                continue;
            }
            let mut found = paths(&statement);
            for child in &children {
                for p in child_paths(&statement, child) {
                    let mut full = vec!["crate".to_owned()];
                    full.extend(me.iter().cloned());
                    full.extend(p);
                    found.push(full);
                }
            }
            for path in found {
                let full: Vec<String> = match path.first().map(String::as_str) {
                    Some("crate") => path[1..].to_vec(),
                    Some("super") => {
                        let mut p = parent.clone();
                        let mut rest = &path[..];
                        while rest.first().is_some_and(|s| s == "super") {
                            rest = &rest[1..];
                            if rest.first().is_some_and(|s| s == "super") {
                                p.pop();
                            }
                        }
                        p.extend(rest.iter().cloned());
                        p
                    }
                    _ => continue,
                };
                if let Some(f) = self.resolve(&full) {
                    if f != file {
                        out.insert(f.clone());
                    }
                }
            }
        }
        out
    }
}

/// The code split into statements at `;`, `{` and `}` outside `use` groups, trimmed.
fn statements(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut depth = 0usize;
    for c in code.chars() {
        let in_use = current.trim_start().starts_with("use ")
            || current.trim_start().starts_with("pub use ")
            || current.trim_start().starts_with("pub(crate) use ");
        match c {
            '{' if in_use => {
                depth += 1;
                current.push(c);
            }
            '}' if in_use && depth > 0 => {
                depth -= 1;
                current.push(c);
            }
            ';' | '{' | '}' if depth == 0 => {
                out.push(current.trim().to_owned());
                current.clear();
            }
            _ => current.push(c),
        }
    }
    out.push(current.trim().to_owned());
    out
}

/// Every `crate::…` and `super::…` path in a statement, with `use` groups expanded
/// (`use crate::a::{b, c::d}` gives `crate::a::b` and `crate::a::c::d`).
fn paths(statement: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let bytes: Vec<char> = statement.chars().collect();
    let mut i = 0;
    while i < bytes.len() {
        let starts = |word: &str| {
            let w: Vec<char> = word.chars().collect();
            bytes[i..].starts_with(&w)
                && (i == 0 || !(bytes[i - 1].is_alphanumeric() || bytes[i - 1] == '_'))
        };
        if starts("crate::") || starts("super::") {
            let (found, end) = path_at(&bytes, i);
            out.extend(found);
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

/// Every path in a statement that starts with the child module `child` (`child::x`, or
/// `use child::{…}`), not after `::` or within another name.
fn child_paths(statement: &str, child: &str) -> Vec<Vec<String>> {
    let chars: Vec<char> = statement.chars().collect();
    let word: Vec<char> = format!("{child}::").chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i + word.len() <= chars.len() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let starts = chars[i..].starts_with(&word)
            && !before.is_some_and(|b| b.is_alphanumeric() || b == '_' || b == ':');
        if starts {
            let (found, end) = path_at(&chars, i);
            out.extend(found);
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

/// The paths starting at `start` (a group fans out), and where they end.
fn path_at(chars: &[char], start: usize) -> (Vec<Vec<String>>, usize) {
    let mut prefix: Vec<String> = Vec::new();
    let mut i = start;
    loop {
        let s = i;
        while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
            i += 1;
        }
        if i > s {
            prefix.push(chars[s..i].iter().collect());
        }
        if chars.get(i) == Some(&':') && chars.get(i + 1) == Some(&':') {
            i += 2;
            if chars.get(i) == Some(&'{') {
                // A group: each item, split at top-level commas, is a path of its own.
                let mut depth = 0;
                let mut item_start = i + 1;
                let mut out = Vec::new();
                let mut j = i;
                while j < chars.len() {
                    match chars[j] {
                        '{' => depth += 1,
                        '}' | ',' if depth == 1 => {
                            let item: String = chars[item_start..j].iter().collect();
                            let item = item.trim();
                            let head = item.split_whitespace().next().unwrap_or("");
                            if head == "self" {
                                out.push(prefix.clone());
                            } else if !item.is_empty() {
                                let inner: Vec<char> = format!("x::{item}").chars().collect();
                                for p in path_at(&inner, 0).0 {
                                    let mut full = prefix.clone();
                                    full.extend(p.into_iter().skip(1));
                                    out.push(full);
                                }
                            }
                            item_start = j + 1;
                            if chars[j] == '}' {
                                return (out, j + 1);
                            }
                        }
                        '}' => depth -= 1,
                        _ => {}
                    }
                    j += 1;
                }
                return (out, j);
            }
            continue;
        }
        return (vec![prefix], i);
    }
}

/// The cycles of a file graph, each as the files of one strongly connected part.
fn cycles(graph: &BTreeMap<PathBuf, BTreeSet<PathBuf>>) -> Vec<Vec<PathBuf>> {
    // Kosaraju: finish order on the graph, then parts on the reversed graph.
    fn visit(
        n: &PathBuf,
        g: &BTreeMap<PathBuf, BTreeSet<PathBuf>>,
        seen: &mut BTreeSet<PathBuf>,
        order: &mut Vec<PathBuf>,
    ) {
        if !seen.insert(n.clone()) {
            return;
        }
        for m in g.get(n).into_iter().flatten() {
            visit(m, g, seen, order);
        }
        order.push(n.clone());
    }
    let mut seen = BTreeSet::new();
    let mut order = Vec::new();
    for n in graph.keys() {
        visit(n, graph, &mut seen, &mut order);
    }
    let mut reversed: BTreeMap<PathBuf, BTreeSet<PathBuf>> = BTreeMap::new();
    for (a, bs) in graph {
        for b in bs {
            reversed.entry(b.clone()).or_default().insert(a.clone());
        }
    }
    let mut assigned = BTreeSet::new();
    let mut out = Vec::new();
    for n in order.iter().rev() {
        let mut part = Vec::new();
        visit(n, &reversed, &mut assigned, &mut part);
        if part.len() > 1 {
            part.sort();
            out.push(part);
        }
    }
    out
}

fn graph(tree: &Tree) -> BTreeMap<PathBuf, BTreeSet<PathBuf>> {
    tree.modules
        .values()
        .map(|f| (f.clone(), tree.imports(f)))
        .collect()
}

/// The two crates whose shape is checked.
fn trees() -> [Tree; 2] {
    [
        Tree::new(&root().join("src")),
        Tree::new(&root().join("www/src")),
    ]
}

#[test]
fn every_file_opens_with_a_module_doc() {
    let mut bad = Vec::new();
    for dir in ["src", "www/src", "tests", "www/tests", "benches"] {
        for f in rust_files(&root().join(dir)) {
            if !read(&f).starts_with("//!") {
                bad.push(rel(&f));
            }
        }
    }
    assert!(bad.is_empty(), "files without a `//!` first line: {bad:?}");
}

#[test]
fn no_file_is_over_700_lines_outside_its_tests() {
    let mut bad = Vec::new();
    for dir in ["src", "www/src"] {
        for f in rust_files(&root().join(dir)) {
            let text = read(&f);
            let n = text
                .lines()
                .take_while(|l| !l.trim_start().starts_with("#[cfg(test)]"))
                .count();
            if n > 700 && !NOT_YET.contains(&rel(&f).as_str()) {
                bad.push(format!("{} ({n})", rel(&f)));
            }
        }
    }
    assert!(bad.is_empty(), "split these by concern: {bad:?}");
}

#[test]
fn files_import_each_other_one_way() {
    let mut found = Vec::new();
    for tree in trees() {
        for part in cycles(&graph(&tree)) {
            let part: Vec<String> = part.iter().map(|p| rel(p)).collect();
            if !part.iter().all(|f| NOT_YET.contains(&f.as_str())) {
                found.push(part);
            }
        }
    }
    assert!(found.is_empty(), "import cycles: {found:#?}");
}

#[test]
fn widgets_import_no_part_of_the_app() {
    let www = Tree::new(&root().join("www/src"));
    let allowed = ["i18n", "format", "browser", "widgets"];
    let mut bad = Vec::new();
    for (path, file) in &www.modules {
        if path.first().is_some_and(|p| p == "widgets") {
            for dep in www.imports(file) {
                let top = Tree::module_of(&www.src, &dep)
                    .and_then(|m| m.first().cloned())
                    .unwrap_or_default();
                if !allowed.contains(&top.as_str()) {
                    bad.push(format!("{} imports {}", rel(file), rel(&dep)));
                }
            }
        }
    }
    assert!(bad.is_empty(), "{bad:#?}");
}

#[test]
fn the_first_load_reaches_no_view_library_code() {
    let www = Tree::new(&root().join("www/src"));
    let g = graph(&www);
    let start = root().join("www/src/app/mod.rs");
    let mut reached = BTreeSet::new();
    let mut stack = vec![start];
    while let Some(f) = stack.pop() {
        if reached.insert(f.clone()) {
            stack.extend(g.get(&f).into_iter().flatten().cloned());
        }
    }
    let deferred: Vec<String> = reached
        .iter()
        .filter(|f| {
            let m = Tree::module_of(&www.src, f).unwrap_or_default();
            match m.first().map(String::as_str) {
                Some("library") => true,
                Some("views") => m.get(1).is_some_and(|v| v != "score"),
                _ => false,
            }
        })
        .map(|f| rel(f))
        .collect();
    assert!(
        reached.len() > 5 && deferred.is_empty(),
        "the page's own bundle reaches the view library's code: {deferred:?}"
    );
}

#[test]
fn the_core_names_no_web_crate() {
    let web = ["yew", "gloo", "web_sys", "js_sys", "wasm_bindgen"];
    let mut bad = Vec::new();
    for f in rust_files(&root().join("src")) {
        if f.starts_with(root().join("src/js")) {
            continue;
        }
        let text = code(&read(&f));
        for w in web {
            if text.contains(&format!("{w}::")) || text.contains(&format!("use {w}")) {
                bad.push(format!("{} names {w}", rel(&f)));
            }
        }
    }
    let manifest = read(&root().join("Cargo.toml"));
    let deps = manifest
        .split("[dependencies]")
        .nth(1)
        .and_then(|s| s.split("\n[").next())
        .unwrap_or("");
    for line in deps.lines() {
        let name = line.split([' ', '=', '.']).next().unwrap_or("");
        if web.iter().any(|w| name.replace('-', "_").starts_with(w))
            && !line.contains("optional = true")
        {
            bad.push(format!("Cargo.toml: {line}"));
        }
    }
    assert!(bad.is_empty(), "{bad:#?}");
}

/// Decimal text is read exactly: `Decimal::from_str_exact` refuses what it cannot hold, where
/// `str::parse` rounds past 28 places and falls back to a scientific-notation parser that every
/// bundle would then carry (2.4 KB of code).
#[test]
fn decimals_are_parsed_exactly() {
    let mut bad = Vec::new();
    for dir in ["src", "www/src"] {
        for f in rust_files(&root().join(dir)) {
            let text = code(&read(&f));
            let parses = |l: &str| {
                l.contains("parse::<Decimal>")
                    || l.contains("Decimal::from_str(")
                    || (l.contains(": Decimal =") && l.contains(".parse()"))
            };
            if text.lines().any(parses) {
                bad.push(rel(&f));
            }
        }
    }
    assert!(bad.is_empty(), "use Decimal::from_str_exact: {bad:?}");
}

/// The checks above must be able to fail: each helper on a known case.
#[test]
fn the_tidy_helpers_see_what_they_should() {
    let got = paths("use crate::a::{b, c::d as e, self, f::{g, h}}");
    let want: Vec<Vec<String>> = [
        vec!["crate", "a", "b"],
        vec!["crate", "a", "c", "d"],
        vec!["crate", "a"],
        vec!["crate", "a", "f", "g"],
        vec!["crate", "a", "f", "h"],
    ]
    .iter()
    .map(|p| p.iter().map(|s| (*s).to_owned()).collect())
    .collect();
    assert_eq!(got, want);
    assert_eq!(paths("let x = super::super::y::Z;").len(), 1);
    assert_eq!(
        child_paths(
            "use state::{Sources, State}; x::state::y; my_state::z",
            "state"
        ),
        vec![
            vec!["state".to_owned(), "Sources".to_owned()],
            vec!["state".to_owned(), "State".to_owned()]
        ]
    );
    assert!(paths("// nothing here, supercrate::x").is_empty());
    assert_eq!(
        code("a // crate::b\n\"http://x\" c\n#[cfg(test)]\nd"),
        "a \n\"http://x\" c\n"
    );
    let a = PathBuf::from("a");
    let b = PathBuf::from("b");
    let c = PathBuf::from("c");
    let g: BTreeMap<PathBuf, BTreeSet<PathBuf>> = [
        (a.clone(), [b.clone()].into()),
        (b.clone(), [a.clone(), c.clone()].into()),
        (c.clone(), BTreeSet::new()),
    ]
    .into();
    assert_eq!(cycles(&g), vec![vec![a, b]]);
}
