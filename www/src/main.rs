//! The page's own bundle: mounts the app; everything else lives in the library crate.

fn main() {
    credit_sim_www::app::mount();
}
