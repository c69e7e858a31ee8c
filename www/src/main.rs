//! Mounts the Credit Simulator app on the page; everything else lives in the library.

fn main() {
    credit_sim_www::mount();
}
