//! The search behind `planToTarget`: the fewest months of on-time repayment first, then the fewest
//! "now" steps, then the mildest value of each.
//!
//! Months are tried from 0 up. At each, the profile after t on-time months (the journey's history
//! progression) with every lever at its best value is scored first: if even that misses the
//! target, no plan of t months exists, so the search moves on. Otherwise the sets of levers are
//! tried by size, each lever at its best value; the smallest sets that reach the target are the
//! candidates (the one with the highest score wins, then the first in lever order), and each of
//! its levers is then eased to the nearest value that still reaches it. Because a better value
//! never lowers the score and a smaller set at its best values already missed, every step left is
//! needed. Eligibility for a product depends on the profile only through the score and the
//! knock-outs (nothing a plan moves changes income, debt or the business), so it is worked out
//! once per score and remembered. At most 121 months × 64 sets of at most six levers.

use std::collections::HashMap;

use crate::journey::history::History;
use crate::journey::Event;
use crate::offers::credit_line::credit_line_offer;
use crate::offers::credit_loan::credit_loan_decision;
use crate::offers::deposit_free::deposit_free_services;
use crate::offers::micro_business::micro_business_offer;
use crate::offers::ProductRules;
use crate::profile::Profile;
use crate::scoring::{score_of, score_profile};

use super::input::{Product, Target, TargetInput};
use super::levers::{levers, set, Lever, APPLICATIONS};

/// The value each lever is set to: `None` untouched, `Some(i)` its option i.
pub(crate) type Choice = Vec<Option<usize>>;

/// The plan found: how many months, which lever values, and whether it reaches the target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found {
    pub months: u32,
    pub choice: Choice,
    pub reached: bool,
}

/// Whether a profile meets the target, eligibility remembered per (score, knock-outs).
struct Goal<'a> {
    target: Target,
    rules: &'a ProductRules,
    known: HashMap<(u32, bool, bool), bool>,
}

impl Goal<'_> {
    fn met(&mut self, profile: &Profile, score: u32) -> bool {
        let product = match self.target {
            Target::Score(wanted) => return score >= wanted,
            Target::Product(product) => product,
        };
        let key = (score, profile.real_name_verified, profile.dishonest_debtor);
        if let Some(&known) = self.known.get(&key) {
            return known;
        }
        let rules = self.rules;
        let report = score_profile(profile);
        let service = |i: usize| {
            deposit_free_services(&report, rules)
                .get(i)
                .is_some_and(|s| s.eligible)
        };
        let eligible = match product {
            Product::CreditLoan => credit_loan_decision(profile, &report, rules).eligible,
            Product::CreditLine => credit_line_offer(&report, rules).eligible,
            Product::MicroBusiness => {
                micro_business_offer(profile, &report, rules).is_some_and(|o| o.eligible)
            }
            Product::Hotel => service(0),
            Product::Rental => service(1),
            Product::CarHire => service(2),
        };
        self.known.insert(key, eligible);
        eligible
    }
}

/// The person month by month, for each value the applications lever can start from.
pub(crate) struct Months {
    pub levers: Vec<Lever>,
    /// The applications lever's index, if it is one.
    applications: Option<usize>,
    /// Profiles at months 0..=horizon: first with the applications as they are, then one row
    /// per option of the applications lever.
    rows: Vec<Vec<Profile>>,
    /// The person now, for a month outside the rows (never asked for).
    base: Profile,
}

impl Months {
    pub fn new(profile: &Profile, horizon: u32) -> Months {
        let levers = levers(profile);
        let applications = levers.iter().position(|l| l.field == APPLICATIONS);
        let starts = std::iter::once(profile.clone()).chain(
            applications
                .and_then(|i| levers.get(i))
                .into_iter()
                .flat_map(|l| l.options.iter())
                .map(|&to| {
                    let mut p = profile.clone();
                    set(&mut p, APPLICATIONS, to);
                    p
                }),
        );
        let rows = starts
            .map(|start| {
                let mut history = History::of_profile(&start);
                let mut row = vec![start];
                for month in 1..=i64::from(horizon) {
                    history.advance(month, Event::OnTime, 0);
                    row.push(history.profile().clone());
                }
                row
            })
            .collect();
        Months {
            levers,
            applications,
            rows,
            base: profile.clone(),
        }
    }

    /// The profile after `t` on-time months with the levers of `choice` pulled now.
    pub fn profile(&self, t: u32, choice: &[Option<usize>]) -> Profile {
        let row = self
            .applications
            .and_then(|i| choice.get(i).copied().flatten())
            .map_or(0, |option| option + 1);
        let at = usize::try_from(t).unwrap_or(usize::MAX);
        let mut p = self
            .rows
            .get(row)
            .and_then(|r| r.get(at))
            .unwrap_or(&self.base)
            .clone();
        for (i, lever) in self.levers.iter().enumerate() {
            if Some(i) == self.applications {
                continue;
            }
            if let Some(&to) = choice
                .get(i)
                .copied()
                .flatten()
                .and_then(|o| lever.options.get(o))
            {
                set(&mut p, lever.field, to);
            }
        }
        p
    }

    /// The choice of the levers in `mask`, each at its best value.
    fn best(&self, mask: u32) -> Choice {
        self.levers
            .iter()
            .enumerate()
            .map(|(i, l)| (mask >> i & 1 == 1).then(|| l.options.len().saturating_sub(1)))
            .collect()
    }
}

/// Finds the plan for `input` over `months` (built for its horizon).
pub(crate) fn search(input: &TargetInput, months: &Months) -> Found {
    let mut goal = Goal {
        target: input.target,
        rules: &input.rules,
        known: HashMap::new(),
    };
    if let Some(found) = shortest(months, input.horizon_months, &mut goal) {
        return found;
    }
    // Out of reach: the best that can be done, the highest score within the horizon, reached as
    // soon and with as few steps as possible.
    let all = months.best(u32::MAX);
    let best = score_of(&months.profile(input.horizon_months, &all));
    let mut highest = Goal {
        target: Target::Score(best),
        rules: &input.rules,
        known: HashMap::new(),
    };
    let mut found = shortest(months, input.horizon_months, &mut highest).unwrap_or(Found {
        months: input.horizon_months,
        choice: all,
        reached: false,
    });
    found.reached = false;
    found
}

/// The fewest months, then the fewest levers, then the mildest values that meet `goal`.
fn shortest(months: &Months, horizon: u32, goal: &mut Goal<'_>) -> Option<Found> {
    let count = u32::try_from(months.levers.len()).unwrap_or(0).min(16);
    let mut masks: Vec<u32> = (0..1_u32 << count).collect();
    masks.sort_by_key(|m| (m.count_ones(), *m));
    for t in 0..=horizon {
        let all = months.best(u32::MAX);
        let p = months.profile(t, &all);
        if !goal.met(&p, score_of(&p)) {
            continue;
        }
        let mut winner: Option<(u32, u32, u32)> = None; // (size, score, mask)
        for &mask in &masks {
            let size = mask.count_ones();
            if winner.is_some_and(|(s, _, _)| size > s) {
                break;
            }
            let p = months.profile(t, &months.best(mask));
            let score = score_of(&p);
            if goal.met(&p, score) && winner.is_none_or(|(_, s, _)| score > s) {
                winner = Some((size, score, mask));
            }
        }
        let (_, _, mask) = winner?;
        let mut choice = months.best(mask);
        ease(months, t, &mut choice, goal);
        return Some(Found {
            months: t,
            choice,
            reached: true,
        });
    }
    None
}

/// Moves each pulled lever to the nearest value that still meets `goal`, in lever order; then
/// drops any lever the target no longer needs (none, when a better value never scores less).
fn ease(months: &Months, t: u32, choice: &mut Choice, goal: &mut Goal<'_>) {
    for i in 0..choice.len() {
        let Some(best) = choice.get(i).copied().flatten() else {
            continue;
        };
        for option in 0..best {
            if let Some(slot) = choice.get_mut(i) {
                *slot = Some(option);
            }
            let p = months.profile(t, choice);
            if goal.met(&p, score_of(&p)) {
                break;
            }
            if let Some(slot) = choice.get_mut(i) {
                *slot = Some(best);
            }
        }
    }
    for i in 0..choice.len() {
        let Some(kept) = choice.get(i).copied().flatten() else {
            continue;
        };
        if let Some(slot) = choice.get_mut(i) {
            *slot = None;
        }
        let p = months.profile(t, choice);
        if !goal.met(&p, score_of(&p)) {
            if let Some(slot) = choice.get_mut(i) {
                *slot = Some(kept);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(profile: &Profile, target: Target, horizon: u32) -> TargetInput {
        TargetInput {
            horizon_months: horizon,
            ..TargetInput::new(profile.clone(), target)
        }
    }

    #[test]
    fn the_months_follow_the_history_and_the_applications_lever() {
        let mut p = crate::default_profile();
        p.recent_applications3m = 5;
        let months = Months::new(&p, 4);
        let untouched = vec![None; months.levers.len()];
        // The three-month window empties by itself at month 3.
        let apps =
            |t: u32, choice: &[Option<usize>]| months.profile(t, choice).recent_applications3m;
        assert_eq!(
            (0..=4).map(|t| apps(t, &untouched)).collect::<Vec<_>>(),
            [5, 5, 5, 0, 0]
        );
        // Stopping now: the lever's nearest option (4), held until the window empties.
        let i = months
            .levers
            .iter()
            .position(|l| l.field == APPLICATIONS)
            .expect("a lever");
        let mut stop = untouched.clone();
        stop[i] = Some(0);
        assert_eq!(
            (0..=4).map(|t| apps(t, &stop)).collect::<Vec<_>>(),
            [4, 4, 4, 0, 0]
        );
        assert_eq!(
            months.profile(4, &untouched).credit_age_months,
            p.credit_age_months + 4
        );
    }

    #[test]
    fn the_fewest_months_then_the_fewest_levers() {
        let p = crate::default_profile();
        let now = score_of(&p);
        // (target, horizon) → (months, levers pulled, reached)
        let cases = [
            (Target::Score(now), 24, (0, 0, true)),
            (Target::Score(now + 1), 0, (0, 1, true)),
            (Target::Score(950), 24, (24, 3, false)),
            (Target::Product(Product::Hotel), 24, (0, 0, true)),
        ];
        for (target, horizon, want) in cases {
            let i = input(&p, target, horizon);
            let found = search(&i, &Months::new(&p, horizon));
            let pulled = found.choice.iter().filter(|c| c.is_some()).count();
            assert_eq!((found.months, pulled, found.reached), want, "{target:?}");
        }
    }
}
