//! Build step (Trunk's post_build hook, scripts/prerender): writes the first frame of the
//! default scenario in each language into the built `index.html` given as the argument
//! (`credit_sim_www::prerender` says how the page uses it).

use std::process::ExitCode;

use credit_sim_www::prerender::{chooser_script, csp_source, first_frame, insert, LANGS};

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender <dist>/index.html");
        return ExitCode::FAILURE;
    };
    let index = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("prerender: cannot read {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let frames: Vec<_> = LANGS.iter().map(|&l| (l, first_frame(l))).collect();
    let script = chooser_script();
    let page = match insert(&index, &frames, &script, &csp_source) {
        Ok(page) => page,
        Err(e) => {
            eprintln!("prerender: {path} cannot take the prerender: {e:?}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = std::fs::write(&path, page) {
        eprintln!("prerender: cannot write {path}: {e}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
