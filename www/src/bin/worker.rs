//! The portfolio worker (bin `credit-sim-worker`, built by scripts/build-deferred into
//! `dist/deferred/worker/`, started as a module Web Worker by the Workbench). It says `ready`,
//! then runs each job it is sent: a share of a generated population, or a CSV file read in
//! 1 MiB slices with `FileReaderSync`, counted under rules A and B (`credit_sim_www::portfolio`),
//! posting its progress as it goes and, at the end, its parts, the file's problems and, when
//! asked, A's scored rows as a Blob. A job is stopped by terminating the worker.
//!
//! Messages are plain objects. In: `{ job, kind: "synthetic", seed, from, count, rulesA,
//! rulesB?, scored, header }` or `{ job, kind: "csv", file, rulesA, rulesB?, scored }`. Out:
//! `{ type: "ready" }`, `{ job, type: "progress", done, total }`, `{ job, type: "done", a, b,
//! problems, counted, scored }`, `{ job, type: "failed", message }`.

use credit_sim_www::portfolio::{rules_of_text, AbRun};
use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    Blob, BlobPropertyBag, DedicatedWorkerGlobalScope, File, FileReaderSync, MessageEvent,
};

/// Profiles counted between two progress messages.
const SLICE: u64 = 5_000;
/// Bytes of a CSV read at a time.
const CHUNK: f64 = 1024.0 * 1024.0;

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

fn get(o: &JsValue, key: &str) -> JsValue {
    Reflect::get(o, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

/// Posts `{ job, type, …fields }` to the page.
fn post(job: f64, kind: &str, fields: &[(&str, JsValue)]) {
    let o = Object::new();
    let _ = Reflect::set(&o, &"job".into(), &job.into());
    let _ = Reflect::set(&o, &"type".into(), &kind.into());
    for (k, v) in fields {
        let _ = Reflect::set(&o, &(*k).into(), v);
    }
    let _ = scope().post_message(&o);
}

/// A whole number from a message field (0 for anything else).
fn whole(o: &JsValue, key: &str) -> u64 {
    get(o, key)
        .as_f64()
        .filter(|n| n.is_finite() && *n >= 0.0 && *n <= 9_007_199_254_740_991.0)
        .map_or(0, |n| {
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            let n = n as u64;
            n
        })
}

/// Keeps a chunk of scored CSV.
fn keep_scored(parts: &Array, text: String) {
    if !text.is_empty() {
        parts.push(&text.into());
    }
}

fn run(data: &JsValue) -> Result<(), JsValue> {
    let job = get(data, "job").as_f64().unwrap_or(0.0);
    let rules_a = rules_of_text(&get(data, "rulesA").as_string().unwrap_or_default());
    let rules_b = get(data, "rulesB").as_string().map(|t| rules_of_text(&t));
    let scored = get(data, "scored").as_bool() == Some(true);
    let mut run = AbRun::new(rules_a, rules_b, scored);
    if get(data, "header").as_bool() == Some(false) {
        run = run.without_header();
    }
    let parts = Array::new();
    match get(data, "kind").as_string().as_deref() {
        Some("synthetic") => {
            let (seed, from, count) = (
                whole(data, "seed"),
                whole(data, "from"),
                whole(data, "count"),
            );
            let mut done = 0;
            while done < count {
                let n = SLICE.min(count - done);
                run.add_synthetic(seed, from + done, n);
                done += n;
                keep_scored(&parts, run.take_scored_csv());
                #[allow(clippy::cast_precision_loss)]
                post(
                    job,
                    "progress",
                    &[
                        ("done", (done as f64).into()),
                        ("total", (count as f64).into()),
                    ],
                );
            }
        }
        Some("csv") => {
            let file: File = get(data, "file").dyn_into()?;
            let reader = FileReaderSync::new()?;
            let size = file.size();
            let mut at = 0.0;
            loop {
                let end = (at + CHUNK).min(size);
                let slice = file.slice_with_f64_and_f64(at, end)?;
                let buffer = reader.read_as_array_buffer(&slice)?;
                let bytes = Uint8Array::new(&buffer).to_vec();
                let more = run.push_csv(&bytes, end >= size);
                at = end;
                keep_scored(&parts, run.take_scored_csv());
                post(
                    job,
                    "progress",
                    &[("done", at.into()), ("total", size.into())],
                );
                if !more || at >= size {
                    break;
                }
            }
        }
        _ => return Err("unknown job".into()),
    }
    let (a, b) = run.parts();
    let scored_blob = if scored {
        let bag = BlobPropertyBag::new();
        bag.set_type("text/csv;charset=utf-8");
        JsValue::from(Blob::new_with_str_sequence_and_options(&parts, &bag)?)
    } else {
        JsValue::NULL
    };
    #[allow(clippy::cast_precision_loss)]
    let counted = run.counted() as f64;
    post(
        job,
        "done",
        &[
            ("a", a.into()),
            ("b", b.map_or(JsValue::NULL, JsValue::from)),
            ("problems", run.problems().to_text().into()),
            ("counted", counted.into()),
            ("scored", scored_blob),
        ],
    );
    Ok(())
}

fn main() {
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|e: MessageEvent| {
        let data = e.data();
        if let Err(err) = run(&data) {
            let job = get(&data, "job").as_f64().unwrap_or(0.0);
            let message = err
                .as_string()
                .unwrap_or_else(|| "the job failed".to_owned());
            post(job, "failed", &[("message", message.into())]);
        }
    });
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    post(0.0, "ready", &[]);
}
