//! The Workbench's pool of portfolio workers (module Web Workers of `dist/deferred/worker/`):
//! started together on the first run and kept for the next, sent one job each per run, and
//! terminated together when a run is cancelled or fails (a terminated worker stops at once,
//! mid-job). Messages in both directions are the
//! plain objects `bin/worker.rs` describes.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Object, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};

use super::files::{BlobRef, PickedFile};

/// How many workers a run may use: the machine's cores, from 1 to 8.
pub fn cores() -> usize {
    let n = gloo_utils::window().navigator().hardware_concurrency();
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let n = n as usize;
    n.clamp(1, 8)
}

/// What a worker is asked to count.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    /// Profiles `from .. from + count` of a seed's population.
    Synthetic {
        /// The seed.
        seed: u64,
        /// The first profile.
        from: u64,
        /// How many.
        count: u64,
    },
    /// A CSV file.
    Csv(PickedFile),
}

/// One worker's job.
#[derive(Debug, Clone, PartialEq)]
pub struct Job {
    /// The run's number (messages of an older run are ignored).
    pub run: u32,
    /// What to count.
    pub source: Source,
    /// Rules A as rule values' text.
    pub rules_a: String,
    /// Rules B, when compared.
    pub rules_b: Option<String>,
    /// Also write A's scored rows.
    pub scored: bool,
    /// Whether its scored rows start with the header (the first worker's only).
    pub header: bool,
}

/// What a worker said.
#[derive(Debug, Clone, PartialEq)]
pub enum Said {
    /// It has started and takes jobs.
    Ready,
    /// How far it is: done of total (profiles, or bytes of a file).
    Progress {
        /// Done.
        done: f64,
        /// Of.
        total: f64,
    },
    /// Its share is counted.
    Done {
        /// A's part, JSON.
        a: String,
        /// B's part, JSON.
        b: Option<String>,
        /// The file's problems, as `portfolio::Problems` text.
        problems: String,
        /// Profiles counted.
        counted: f64,
        /// A's scored rows.
        scored: Option<BlobRef>,
    },
    /// It failed.
    Failed(String),
}

fn get(o: &JsValue, key: &str) -> JsValue {
    Reflect::get(o, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

fn read(data: &JsValue) -> Option<(u32, Said)> {
    let num = |k: &str| get(data, k).as_f64().unwrap_or(0.0);
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let run = num("job") as u32;
    let said = match get(data, "type").as_string()?.as_str() {
        "ready" => Said::Ready,
        "progress" => Said::Progress {
            done: num("done"),
            total: num("total"),
        },
        "done" => Said::Done {
            a: get(data, "a").as_string()?,
            b: get(data, "b").as_string(),
            problems: get(data, "problems").as_string().unwrap_or_default(),
            counted: num("counted"),
            scored: get(data, "scored")
                .dyn_into::<web_sys::Blob>()
                .ok()
                .map(BlobRef),
        },
        "failed" => Said::Failed(get(data, "message").as_string().unwrap_or_default()),
        _ => return None,
    };
    Some((run, said))
}

/// A worker's readiness: a job sent before it has said `ready` waits here (a module worker
/// sets its message handler only once its wasm has started; earlier messages would be lost).
#[derive(Default)]
struct Slot {
    ready: bool,
    queued: Option<Object>,
}

/// A pool of workers, kept between runs so only the first run waits for them to start;
/// dropping it (or [`Pool::stop`]) terminates every worker.
pub struct Pool {
    workers: Vec<Worker>,
    slots: Rc<RefCell<Vec<Slot>>>,
    listeners: Vec<Closure<dyn FnMut(MessageEvent)>>,
    on_error: Vec<Closure<dyn FnMut(web_sys::Event)>>,
}

impl Pool {
    /// Starts `n` workers; `on_said(worker, run, said)` gets each message but `ready`.
    pub fn start(n: usize, on_said: impl Fn(usize, u32, Said) + 'static) -> Option<Pool> {
        let on_said = Rc::new(on_said);
        let slots: Rc<RefCell<Vec<Slot>>> =
            Rc::new(RefCell::new((0..n).map(|_| Slot::default()).collect()));
        let url = super::library::deferred_url("worker/worker.js");
        let options = WorkerOptions::new();
        options.set_type(WorkerType::Module);
        let mut workers = Vec::with_capacity(n);
        let mut listeners = Vec::with_capacity(n);
        let mut on_error = Vec::with_capacity(n);
        for i in 0..n {
            let worker = Worker::new_with_options(&url, &options).ok()?;
            let (said, own, me) = (on_said.clone(), slots.clone(), worker.clone());
            let listener =
                Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
                    match read(&e.data()) {
                        Some((_, Said::Ready)) => {
                            let queued = own.borrow_mut().get_mut(i).and_then(|slot| {
                                slot.ready = true;
                                slot.queued.take()
                            });
                            if let Some(job) = queued {
                                let _ = me.post_message(&job);
                            }
                        }
                        Some((run, message)) => said(i, run, message),
                        None => {}
                    }
                });
            worker.set_onmessage(Some(listener.as_ref().unchecked_ref()));
            // A worker that cannot load (its file missing, a refused module) says nothing at
            // all: its error event is the only sign, so it becomes a failure like any other.
            let failed = on_said.clone();
            // A script that fails to load fires a plain Event; an uncaught error an ErrorEvent.
            let error = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
                e.prevent_default();
                let message = get(&e, "message")
                    .as_string()
                    .unwrap_or_else(|| "the background thread could not start".to_owned());
                failed(i, 0, Said::Failed(message));
            });
            worker.set_onerror(Some(error.as_ref().unchecked_ref()));
            workers.push(worker);
            listeners.push(listener);
            on_error.push(error);
        }
        Some(Pool {
            workers,
            slots,
            listeners,
            on_error,
        })
    }

    /// Sends worker `i` its job, at once if it has started, else as soon as it has.
    pub fn send(&self, i: usize, job: &Job) {
        let o = Object::new();
        let set = |k: &str, v: JsValue| {
            let _ = Reflect::set(&o, &k.into(), &v);
        };
        set("job", job.run.into());
        set("rulesA", job.rules_a.clone().into());
        set(
            "rulesB",
            job.rules_b.clone().map_or(JsValue::NULL, JsValue::from),
        );
        set("scored", job.scored.into());
        set("header", job.header.into());
        match &job.source {
            Source::Synthetic { seed, from, count } => {
                set("kind", "synthetic".into());
                #[allow(clippy::cast_precision_loss)]
                {
                    set("seed", (*seed as f64).into());
                    set("from", (*from as f64).into());
                    set("count", (*count as f64).into());
                }
            }
            Source::Csv(file) => {
                set("kind", "csv".into());
                set("file", file.0.clone().into());
            }
        }
        let mut slots = self.slots.borrow_mut();
        match (self.workers.get(i), slots.get_mut(i)) {
            (Some(w), Some(slot)) if slot.ready => {
                let _ = w.post_message(&o);
            }
            (Some(_), Some(slot)) => slot.queued = Some(o),
            _ => {}
        }
    }

    /// How many workers it has.
    pub fn len(&self) -> usize {
        self.workers.len()
    }

    /// True when it has none.
    pub fn is_empty(&self) -> bool {
        self.workers.is_empty()
    }

    /// Terminates every worker at once. Their listeners are freed after the current event, since
    /// the caller may be one of them (a closure must not be freed while it runs).
    pub fn stop(mut self) {
        self.terminate();
        let listeners = std::mem::take(&mut self.listeners);
        let on_error = std::mem::take(&mut self.on_error);
        gloo_timers::callback::Timeout::new(0, move || drop((listeners, on_error))).forget();
    }

    fn terminate(&self) {
        for w in &self.workers {
            w.set_onmessage(None);
            w.set_onerror(None);
            w.terminate();
        }
    }
}

impl Drop for Pool {
    fn drop(&mut self) {
        self.terminate();
    }
}
