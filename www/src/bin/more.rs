//! The deferred bundle (Loan plan, Compare, Journey, Learn): built by scripts/build-deferred into
//! dist/deferred/ and loaded by the main bundle when one of those tabs is first opened.

fn main() {
    credit_sim_www::more::mount();
}
