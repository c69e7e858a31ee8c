//! Reading CSV files of applicants: the golden file of good and bad rows and its answer; every
//! whole-file problem by its code; and a seeded fuzz of 100,000 random texts and byte strings
//! (random bytes, CSV-ish text with quotes, BOMs, tabs, huge cells, binary) that must never
//! panic and must account for every row.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use credit_sim::offers::default_rules;
use credit_sim::portfolio::csv_read::{CsvProfileReader, CsvProfiles, CsvRead, CsvWarningCode};
use credit_sim::portfolio::csv_write::CsvWriter;
use credit_sim::portfolio::synthetic::synthetic_range;
use credit_sim::portfolio::{portfolio, profiles_from_csv, Underwriter};

fn read_bytes(bytes: &[u8]) -> CsvRead {
    CsvRead::collect(CsvProfiles::new(bytes))
}

#[test]
fn the_golden_applicants_file_reads_as_recorded() {
    let path = common::golden_path("portfolio/applicants.csv");
    let bytes = std::fs::read(&path).expect("the golden CSV");
    let read = read_bytes(&bytes);
    let got = serde_json::to_value(&read).expect("json");
    common::check_golden("portfolio/applicants.json", &got);
    // Spot checks, so the golden file's meaning is plain here too.
    assert_eq!(read.profiles.len(), 3);
    assert_eq!(read.warnings.len(), 1);
    let rows: Vec<u64> = read.rejected_rows.iter().map(|r| r.row).collect();
    assert_eq!(rows, [4, 5, 5, 7, 8, 8, 8]);
}

#[test]
fn a_fixed_seed_population_has_the_recorded_portfolio() {
    let people: Vec<_> = synthetic_range(1, 0, 10_000).collect();
    let got = serde_json::to_value(portfolio(&people, &default_rules())).expect("json");
    common::check_golden("portfolio/synthetic-seed1-10000.json", &got);
}

#[test]
fn whole_file_problems_have_one_code_each() {
    use CsvWarningCode::*;
    let long_line = format!("age,occupation\n41,{}\n", "x".repeat(10_000_000));
    let long_header = "a".repeat(100_000);
    let gbk = b"age,occupation,note\n41,employee,\xd6\xd0\xce\xc4\n".to_vec();
    let cases: Vec<(Vec<u8>, CsvWarningCode, usize)> = vec![
        (b"".to_vec(), Empty, 0),
        (b"\xef\xbb\xbf  \r\n \n".to_vec(), Empty, 0),
        (b"\xff\xfea\x00g\x00e\x00".to_vec(), Utf16, 0),
        (b"PK\x03\x04\x14\x00\x06\x00".to_vec(), ExcelWorkbook, 0),
        (b"\x7fELF\x02\x01\x01\x00\x00".to_vec(), Binary, 0),
        (gbk, NotUtf8, 0),
        (b"age;monthlyIncome\n41;9000\n".to_vec(), WrongDelimiter, 0),
        (b"age|monthlyIncome\n41|9000\n".to_vec(), WrongDelimiter, 0),
        (b"41,9000,yes\n35,8000,no\n".to_vec(), NoHeader, 0),
        (long_line.into_bytes(), LineTooLong, 0),
        (long_header.into_bytes(), LineTooLong, 0),
        (
            format!("age\n41\n52\n{}", "9".repeat(70_000)).into_bytes(),
            LineTooLong,
            2,
        ),
    ];
    for (bytes, code, profiles) in cases {
        let read = read_bytes(&bytes);
        let head = String::from_utf8_lossy(&bytes[..bytes.len().min(20)]).into_owned();
        assert_eq!(
            read.warnings.iter().map(|w| w.code).collect::<Vec<_>>(),
            [code],
            "{head:?}"
        );
        assert!(code.whole_file());
        assert!(
            read.rejected_rows.is_empty(),
            "{head:?}: {:?}",
            read.rejected_rows
        );
        assert_eq!(read.profiles.len(), profiles, "{head:?}");
    }
}

#[test]
fn a_single_column_and_a_tab_separated_file_read() {
    let read = profiles_from_csv("age\n41\n");
    assert_eq!((read.profiles.len(), read.warnings.len()), (1, 0));
    let read = profiles_from_csv("age\tnote\townsHome\n41\ta, b\t1\n");
    assert_eq!(read.profiles[0].age, 41);
    assert!(read.profiles[0].owns_home);
    assert_eq!(read.warnings[0].code, CsvWarningCode::UnknownColumn);
    let read = profiles_from_csv("age,age\n30,41\n");
    assert_eq!(read.profiles[0].age, 41);
    assert_eq!(read.warnings[0].code, CsvWarningCode::DuplicateColumn);
}

#[test]
fn scored_rows_write_every_product() {
    let rules = default_rules();
    let people: Vec<_> = synthetic_range(3, 0, 50).collect();
    let mut underwriter = Underwriter::new(&rules);
    let mut w = CsvWriter::scored();
    for p in &people {
        w.scored_row(p, &underwriter.row(p));
    }
    let text = String::from_utf8(w.take()).expect("utf-8");
    let mut lines = text.lines();
    let header = lines.next().unwrap_or_default();
    assert!(header.ends_with(",score,band,probabilityOfDefault,creditLoan.eligible,creditLoan.limit,creditLoan.apr,creditLoan.expectedLoss,creditLoan.declineReasons,creditLine.eligible,creditLine.limit,creditLine.apr,creditLine.expectedLoss,creditLine.declineReasons,microBusiness.eligible,microBusiness.limit,microBusiness.apr,microBusiness.expectedLoss,microBusiness.declineReasons,depositFree.hotel,depositFree.rental,depositFree.carHire"), "{header}");
    assert_eq!(lines.count(), 50);
    // The profile columns read back; the result columns are ignored with one warning each.
    let read = profiles_from_csv(&text);
    assert_eq!(read.profiles, people);
    assert_eq!(read.warnings.len(), 21);
}

/// xorshift64*: a tiny seeded generator, so the fuzz is the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn byte(&mut self) -> u8 {
        self.next().to_le_bytes()[0]
    }
    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n.max(1) as u64).unwrap_or(0)
    }
}

const PIECES: [&str; 24] = [
    ",",
    "\t",
    "\"",
    "\"\"",
    "\n",
    "\r\n",
    "\r",
    "\u{feff}",
    "age",
    "monthlyIncome",
    "ownsHome",
    "monthsSinceOverdue",
    "business.monthlyRevenue",
    "never",
    "是",
    "否",
    "41",
    "-1",
    "1e9",
    "9000.00",
    "yes",
    ";",
    "NaN",
    " ",
];

fn fuzz_input(rng: &mut Rng) -> Vec<u8> {
    let mut out = Vec::new();
    match rng.below(4) {
        // Random bytes.
        0 => (0..rng.below(200)).for_each(|_| out.push(rng.byte())),
        // CSV-ish text from pieces, sometimes with a huge cell or a stray byte.
        _ => {
            if rng.below(3) == 0 {
                out.extend_from_slice(b"age,monthlyIncome,ownsHome,business.businessAgeMonths\n");
            }
            for _ in 0..rng.below(60) {
                match rng.below(40) {
                    0 if rng.below(100) == 0 => {
                        out.extend(std::iter::repeat_n(b'x', rng.below(70_000)))
                    }
                    1 => out.push(rng.byte()),
                    2 => out.push(0),
                    _ => out.extend_from_slice(PIECES[rng.below(PIECES.len())].as_bytes()),
                }
            }
        }
    }
    out
}

#[test]
fn fuzz_100k_random_inputs_never_panic_and_account_for_every_row() {
    let mut rng = Rng(0x5EED_CAFE_F00D_0001);
    for case in 0..100_000 {
        let bytes = fuzz_input(&mut rng);
        let read = match std::str::from_utf8(&bytes) {
            Ok(text) if case % 2 == 0 => profiles_from_csv(text),
            _ => {
                let mut reader = CsvProfileReader::new();
                for chunk in bytes.chunks(1 + rng.below(97)) {
                    reader.push(chunk);
                }
                reader.finish();
                CsvRead::collect(std::iter::from_fn(|| reader.next_item()))
            }
        };
        let whole_file = read.warnings.iter().filter(|w| w.code.whole_file()).count();
        assert!(whole_file <= 1, "case {case}: {:?}", read.warnings);
        for r in &read.rejected_rows {
            assert!(r.row >= 2 && !r.message.is_empty(), "case {case}: {r:?}");
        }
    }
}
