//! The Journey tab's month marks and their short text in the URL hash (key `j`): one letter a
//! month, `o` on time, `m` missed, `p` pay off, `n` new application, `l` late followed by its
//! days (`l30`); a number after any other letter repeats it (`o11` = eleven months on time).
//! So `o2l45o9` is twelve months with month 3 forty-five days late. Pure, and read strictly:
//! anything else (an unknown letter, zero, a count past the limits) is refused as a whole.

/// Months a new journey has.
pub const START_MONTHS: usize = 12;
/// The most months a journey may have.
pub const MAX_MONTHS: usize = 36;
/// The most days a month may be late.
pub const MAX_DAYS: u32 = 3650;
/// The days a month gets when it is first marked late.
pub const DEFAULT_DAYS: u32 = 30;

/// What the borrower did in one month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MonthMark {
    /// Paid on time.
    OnTime,
    /// Paid this many days late (1 to `MAX_DAYS`).
    Late(u32),
    /// Did not pay.
    Missed,
    /// Paid everything off.
    PayOff,
    /// Applied for new credit.
    NewApplication,
}

impl MonthMark {
    /// The name used by the month selector.
    pub fn name(self) -> &'static str {
        match self {
            MonthMark::OnTime => "onTime",
            MonthMark::Late(_) => "late",
            MonthMark::Missed => "missed",
            MonthMark::PayOff => "payOff",
            MonthMark::NewApplication => "newApplication",
        }
    }

    /// The mark a selector name stands for (`days` for a late one; unknown names are on time).
    pub fn of_name(name: &str, days: u32) -> MonthMark {
        match name {
            "late" => MonthMark::Late(days.clamp(1, MAX_DAYS)),
            "missed" => MonthMark::Missed,
            "payOff" => MonthMark::PayOff,
            "newApplication" => MonthMark::NewApplication,
            _ => MonthMark::OnTime,
        }
    }

    fn letter(self) -> char {
        match self {
            MonthMark::OnTime => 'o',
            MonthMark::Late(_) => 'l',
            MonthMark::Missed => 'm',
            MonthMark::PayOff => 'p',
            MonthMark::NewApplication => 'n',
        }
    }
}

/// A new journey: every month on time.
pub fn default_marks() -> Vec<MonthMark> {
    vec![MonthMark::OnTime; START_MONTHS]
}

/// The short text of `marks` (runs of the same plain mark written once with their count).
pub fn encode(marks: &[MonthMark]) -> String {
    let mut out = String::new();
    let mut i = 0;
    while let Some(&m) = marks.get(i) {
        out.push(m.letter());
        if let MonthMark::Late(d) = m {
            out.push_str(&d.to_string());
            i += 1;
            continue;
        }
        let run = marks[i..].iter().take_while(|x| **x == m).count();
        if run > 1 {
            out.push_str(&run.to_string());
        }
        i += run;
    }
    out
}

/// The marks of a short text, or `None` when it is not one (empty, an unknown letter, a number
/// of zero or with a leading zero, more than `MAX_MONTHS` months, a delay past `MAX_DAYS`).
pub fn decode(text: &str) -> Option<Vec<MonthMark>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(&letter) = bytes.get(i) {
        i += 1;
        let plain = match letter {
            b'o' => Some(MonthMark::OnTime),
            b'm' => Some(MonthMark::Missed),
            b'p' => Some(MonthMark::PayOff),
            b'n' => Some(MonthMark::NewApplication),
            b'l' => None,
            _ => return None,
        };
        let digits = bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
        if digits > 4 || bytes.get(i) == Some(&b'0') {
            return None;
        }
        let n = (digits > 0).then(|| {
            bytes[i..i + digits]
                .iter()
                .fold(0u32, |n, b| n * 10 + u32::from(b - b'0'))
        });
        i += digits;
        let (mark, count) = match plain {
            Some(mark) => (mark, n.unwrap_or(1) as usize),
            None => (MonthMark::Late(n.filter(|d| *d <= MAX_DAYS)?), 1),
        };
        if out.len() + count > MAX_MONTHS {
            return None;
        }
        out.extend(std::iter::repeat_n(mark, count));
    }
    (!out.is_empty()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use MonthMark::*;

    #[test]
    fn marks_round_trip_in_short_text() {
        let mut late = default_marks();
        late[2] = Late(45);
        assert_eq!(encode(&late), "o2l45o9");
        assert_eq!(encode(&default_marks()), "o12");
        let mixed = vec![
            OnTime,
            Late(30),
            Missed,
            OnTime,
            PayOff,
            NewApplication,
            Late(30),
        ];
        assert_eq!(encode(&mixed), "ol30mopnl30");
        let full = vec![Late(MAX_DAYS); MAX_MONTHS];
        let cases = [
            late,
            default_marks(),
            mixed,
            full,
            vec![Missed],
            vec![Missed; 36],
        ];
        for marks in cases {
            assert_eq!(decode(&encode(&marks)).as_ref(), Some(&marks), "{marks:?}");
        }
        assert_eq!(decode("o"), Some(vec![OnTime]));
        assert_eq!(decode("m2p"), Some(vec![Missed, Missed, PayOff]));
    }

    #[test]
    fn bad_text_is_refused_whole() {
        for bad in [
            "",
            "x",
            "o0",
            "l",
            "l0",
            "l3651",
            "o37",
            "o36o",
            "l30,o",
            "o01",
            "l007",
            "O",
            "o99999",
            "l99999999999",
            "中",
            "o-1",
            "o 2",
            "n1%",
            "p1.5",
        ] {
            assert_eq!(decode(bad), None, "{bad:?}");
        }
        assert_eq!(decode("o35l1").map(|m| m.len()), Some(36));
    }

    #[test]
    fn selector_names_map_to_marks() {
        for m in [OnTime, Late(7), Missed, PayOff, NewApplication] {
            assert_eq!(MonthMark::of_name(m.name(), 7), m);
        }
        assert_eq!(MonthMark::of_name("late", 0), Late(1));
        assert_eq!(MonthMark::of_name("late", u32::MAX), Late(MAX_DAYS));
        assert_eq!(MonthMark::of_name("?", 3), OnTime);
    }
}
