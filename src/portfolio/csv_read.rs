//! Profiles from CSV: a reader that takes bytes in chunks of any size and hands back, one at a
//! time, each row's profile or its problems, so a page can read a 200 MB file without holding it
//! as one string or a million JS objects.
//!
//! The parser is csv-core, the csv crate's own (RFC 4180 quoting, CR, LF or CRLF line ends):
//! unlike `csv::Reader`, which pulls from a `Read` and takes the end of what it has for the end
//! of the file, it stops at the end of a chunk and resumes with the next, so the rows are the
//! same however the file is cut. [`CsvProfiles`] drives it from any `std::io::Read`;
//! [`profiles_from_csv`] from one text.
//!
//! Before the first row, the first 64 KiB are looked at, and a file that is not a CSV of
//! profiles gets one typed whole-file problem instead of a row error per line: `empty`,
//! `utf16`, `excelWorkbook`, `binary`, `notUtf8` (GBK text saved by Excel), `lineTooLong`,
//! `wrongDelimiter` (semicolons), `noHeader`; `readFailed` when the `Read` fails.

use std::collections::VecDeque;
use std::io::Read;

use serde::Serialize;

use super::csv_cells::{column_index, RowReader, COLUMNS};
pub use super::csv_codes::{CsvRowCode, CsvWarning, CsvWarningCode, RejectedRow, RowProblemCode};
use crate::profile::Profile;

/// Bytes looked at before the first row is read.
pub const SNIFF_BYTES: usize = 64 * 1024;
/// The longest line accepted. A profile row is under 1 KB; a longer line is not a CSV of profiles.
pub const MAX_LINE_BYTES: usize = 64 * 1024;

/// One thing read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CsvItem {
    /// A row read into a profile.
    Profile {
        /// Its row.
        row: u64,
        /// The profile.
        profile: Profile,
    },
    /// A row skipped, with every problem found in it.
    Rejected(Vec<RejectedRow>),
    /// A warning; reading stops after one about the whole file.
    Warning(CsvWarning),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    Sniffing,
    Header,
    Rows,
    Stopped,
}

/// Reads profiles from CSV bytes pushed in chunks of any size.
///
/// ```
/// use credit_sim::portfolio::csv_read::{CsvItem, CsvProfileReader};
/// let mut reader = CsvProfileReader::new();
/// reader.push(b"age,ownsHome\n41,y");
/// reader.push(b"es\n17,no\n");
/// reader.finish();
/// let items: Vec<CsvItem> = std::iter::from_fn(|| reader.next_item()).collect();
/// assert!(matches!(&items[0], CsvItem::Profile { row: 2, profile } if profile.age == 41 && profile.owns_home));
/// assert!(matches!(&items[1], CsvItem::Rejected(problems) if problems[0].row == 3 && problems[0].field == "age"));
/// ```
#[derive(Debug)]
pub struct CsvProfileReader {
    stage: Stage,
    sniff: Vec<u8>,
    /// Built once the delimiter is known (building its state machine is the costliest step of
    /// a small file; csv-core's `Clone` of a built parser loses the machine, so none is copied).
    parser: Option<csv_core::Reader>,
    fields: Vec<u8>,
    ends: Vec<usize>,
    out_len: usize,
    ends_len: usize,
    rows: u64,
    line_bytes: usize,
    columns: Vec<Option<usize>>,
    rows_reader: RowReader,
    queue: VecDeque<CsvItem>,
}

impl Default for CsvProfileReader {
    fn default() -> Self {
        Self::new()
    }
}

impl CsvProfileReader {
    /// A reader waiting for its first bytes.
    pub fn new() -> CsvProfileReader {
        CsvProfileReader {
            stage: Stage::Sniffing,
            sniff: Vec::new(),
            parser: None,
            fields: vec![0; 4096],
            ends: vec![0; 64],
            out_len: 0,
            ends_len: 0,
            rows: 0,
            line_bytes: 0,
            columns: Vec::new(),
            rows_reader: RowReader::new(),
            queue: VecDeque::new(),
        }
    }

    /// Reads the next bytes; what they complete is then given by [`next_item`](Self::next_item).
    pub fn push(&mut self, chunk: &[u8]) {
        match self.stage {
            Stage::Stopped => {}
            Stage::Sniffing => {
                let room = SNIFF_BYTES.saturating_sub(self.sniff.len());
                let (now, later) = chunk.split_at(room.min(chunk.len()));
                self.sniff.extend_from_slice(now);
                if self.sniff.len() >= SNIFF_BYTES {
                    self.start(false);
                    self.feed(later, false);
                }
            }
            Stage::Header | Stage::Rows => self.feed(chunk, false),
        }
    }

    /// Marks the end of the bytes: the last row, if unfinished, is read as it is.
    pub fn finish(&mut self) {
        if self.stage == Stage::Sniffing {
            self.start(true);
        }
        self.feed(&[], true);
        self.stage = Stage::Stopped;
    }

    /// The next thing read, in order; `None` until more bytes are pushed (or after the end).
    pub fn next_item(&mut self) -> Option<CsvItem> {
        self.queue.pop_front()
    }

    /// True once a whole-file problem has ended the reading (or after [`finish`](Self::finish)).
    pub fn stopped(&self) -> bool {
        self.stage == Stage::Stopped
    }

    fn stop(&mut self, code: CsvWarningCode, row: Option<u64>, message: String) {
        self.queue.push_back(CsvItem::Warning(CsvWarning {
            code,
            row,
            field: None,
            message,
        }));
        self.stage = Stage::Stopped;
    }

    /// Looks at the first bytes (all of them when `complete`), then reads them.
    fn start(&mut self, complete: bool) {
        let sniff = std::mem::take(&mut self.sniff);
        let sample = sniff.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&sniff);
        match sniff_problem(sample, complete) {
            Some((code, message)) => self.stop(code, None, message),
            None => {
                let first_line = sample
                    .split(|b| *b == b'\n' || *b == b'\r')
                    .next()
                    .unwrap_or(&[]);
                match delimiter_of(first_line) {
                    Ok(delimiter) => {
                        self.parser =
                            Some(csv_core::ReaderBuilder::new().delimiter(delimiter).build());
                        self.stage = Stage::Header;
                        self.feed(sample, false);
                    }
                    Err(message) => self.stop(CsvWarningCode::WrongDelimiter, Some(1), message),
                }
            }
        }
    }

    /// Parses `input` (with `end`, the end of the file), record by record.
    fn feed(&mut self, input: &[u8], end: bool) {
        if matches!(self.stage, Stage::Stopped | Stage::Sniffing) {
            return;
        }
        let (input, too_long) = self.guard_lines(input);
        self.parse(input, end && !too_long);
        if too_long && self.stage != Stage::Stopped {
            let row = self.rows + 1;
            self.stop(
                CsvWarningCode::LineTooLong,
                Some(row),
                format!(
                    "Row {row} has a line longer than {} KB: this is not a CSV of profiles (rows stop here).",
                    MAX_LINE_BYTES / 1024
                ),
            );
        }
    }

    /// The part of `input` before any line grows past [`MAX_LINE_BYTES`], and whether one did.
    fn guard_lines<'a>(&mut self, input: &'a [u8]) -> (&'a [u8], bool) {
        for (i, b) in input.iter().enumerate() {
            if *b == b'\n' || *b == b'\r' {
                self.line_bytes = 0;
            } else {
                self.line_bytes += 1;
                if self.line_bytes > MAX_LINE_BYTES {
                    return (&input[..i], true);
                }
            }
        }
        (input, false)
    }

    fn parse(&mut self, mut input: &[u8], end: bool) {
        use csv_core::ReadRecordResult::*;
        // csv-core takes empty input for the end of the file.
        if input.is_empty() && !end {
            return;
        }
        loop {
            let Some(parser) = self.parser.as_mut() else {
                return;
            };
            let (result, nin, nout, nend) = parser.read_record(
                input,
                &mut self.fields[self.out_len..],
                &mut self.ends[self.ends_len..],
            );
            input = &input[nin..];
            self.out_len += nout;
            self.ends_len += nend;
            match result {
                InputEmpty if input.is_empty() && !end => return,
                InputEmpty => {}
                OutputFull => {
                    let grown = self.fields.len() * 2;
                    self.fields.resize(grown, 0);
                }
                OutputEndsFull => {
                    let grown = self.ends.len() * 2;
                    self.ends.resize(grown, 0);
                }
                Record => {
                    self.record();
                    self.out_len = 0;
                    self.ends_len = 0;
                    if self.stage == Stage::Stopped {
                        return;
                    }
                }
                End => return,
            }
        }
    }

    /// The cells of the record just read, as bytes.
    fn cells(&self) -> Vec<&[u8]> {
        let mut start = 0;
        self.ends[..self.ends_len]
            .iter()
            .map(|&end| {
                let cell = self.fields.get(start..end).unwrap_or(&[]);
                start = end;
                cell
            })
            .collect()
    }

    fn record(&mut self) {
        self.rows += 1;
        match self.stage {
            Stage::Header => self.header(),
            Stage::Rows => {
                if let Some(item) = self.row() {
                    self.queue.push_back(item);
                }
            }
            Stage::Sniffing | Stage::Stopped => {}
        }
    }

    fn header(&mut self) {
        let names: Vec<String> = self
            .cells()
            .iter()
            .map(|c| {
                String::from_utf8_lossy(c)
                    .trim()
                    .trim_start_matches('\u{feff}')
                    .to_owned()
            })
            .collect();
        let mut columns: Vec<Option<usize>> = Vec::with_capacity(names.len());
        let mut warnings = Vec::new();
        for (i, name) in names.iter().enumerate() {
            let index = column_index(name);
            match index {
                Some(k) if columns.contains(&Some(k)) => {
                    for c in columns.iter_mut().filter(|c| **c == Some(k)) {
                        *c = None;
                    }
                    warnings.push((
                        CsvWarningCode::DuplicateColumn,
                        name.clone(),
                        format!(
                            "The column {name} is given twice; the later one (column {}) is read.",
                            i + 1
                        ),
                    ));
                }
                Some(_) => {}
                None => warnings.push((
                    CsvWarningCode::UnknownColumn,
                    name.clone(),
                    format!(
                        "Column {} ({name:?}) is not a Profile field and is ignored.",
                        i + 1
                    ),
                )),
            }
            columns.push(index);
        }
        if columns.iter().all(Option::is_none) {
            let shown: Vec<&str> = names.iter().take(3).map(String::as_str).collect();
            self.stop(
                CsvWarningCode::NoHeader,
                Some(1),
                format!(
                    "The first row must name Profile fields (such as age, monthlyIncome), not {shown:?}; download the template for the header."
                ),
            );
            return;
        }
        for (code, name, message) in warnings {
            self.queue.push_back(CsvItem::Warning(CsvWarning {
                code,
                row: Some(1),
                field: Some(name),
                message,
            }));
        }
        self.columns = columns;
        self.stage = Stage::Rows;
    }

    fn row(&self) -> Option<CsvItem> {
        let row = self.rows;
        let cells = self.cells();
        if cells.iter().all(|c| c.trim_ascii().is_empty()) {
            return None;
        }
        let reject = |field: &str, code: RowProblemCode, message: String| {
            Some(CsvItem::Rejected(vec![RejectedRow {
                row,
                field: field.to_owned(),
                code,
                message,
            }]))
        };
        if cells.len() != self.columns.len() {
            return reject(
                "(row)",
                RowProblemCode::Row(CsvRowCode::WrongFieldCount),
                format!(
                    "Row {row} has {} cells, but the header has {} columns.",
                    cells.len(),
                    self.columns.len()
                ),
            );
        }
        let mut texts = Vec::with_capacity(cells.len());
        let mut bad = Vec::new();
        for (cell, column) in cells.iter().zip(&self.columns) {
            let Some(index) = *column else { continue };
            match std::str::from_utf8(cell) {
                Ok(text) => texts.push((index, text)),
                Err(_) => {
                    let name = COLUMNS.get(index).map_or("", |c| c.name);
                    bad.push(RejectedRow {
                        row,
                        field: name.to_owned(),
                        code: RowProblemCode::Row(CsvRowCode::NotUtf8),
                        message: format!(
                            "{name} in row {row} is not UTF-8 text; save the file as CSV UTF-8."
                        ),
                    });
                }
            }
        }
        if !bad.is_empty() {
            return Some(CsvItem::Rejected(bad));
        }
        Some(match self.rows_reader.profile(&texts) {
            Ok(profile) => CsvItem::Profile { row, profile },
            Err(errors) => CsvItem::Rejected(
                errors
                    .errors()
                    .iter()
                    .map(|e| RejectedRow {
                        row,
                        field: e.field.clone(),
                        code: RowProblemCode::Field(e.code),
                        message: e.message.clone(),
                    })
                    .collect(),
            ),
        })
    }
}

/// A whole-file problem seen in the first bytes (without a UTF-8 BOM), if any.
fn sniff_problem(sample: &[u8], complete: bool) -> Option<(CsvWarningCode, String)> {
    use CsvWarningCode::*;
    if sample.starts_with(b"\xFF\xFE") || sample.starts_with(b"\xFE\xFF") {
        return Some((
            Utf16,
            "The file is UTF-16 text (Excel's \"Unicode text\"); save it as \"CSV UTF-8\".".into(),
        ));
    }
    if sample.starts_with(b"PK\x03\x04") || sample.starts_with(b"\xD0\xCF\x11\xE0") {
        return Some((
            ExcelWorkbook,
            "The file is an Excel workbook, not a CSV; save it as \"CSV UTF-8\".".into(),
        ));
    }
    let controls = sample
        .iter()
        .filter(|b| **b < 0x20 && !matches!(**b, b'\t' | b'\n' | b'\r' | 0x0C))
        .count();
    if sample.contains(&0) || controls * 100 > sample.len() {
        return Some((Binary, "The file is binary, not CSV text.".into()));
    }
    if let Err(e) = std::str::from_utf8(sample) {
        // A character cut at the end of the sample is fine unless the file ends there.
        if e.error_len().is_some() || complete {
            return Some((NotUtf8, "The file is not UTF-8 text (Excel saves Chinese text as GBK unless asked); save it as \"CSV UTF-8\".".into()));
        }
    }
    if sample.iter().all(u8::is_ascii_whitespace) {
        if complete {
            return Some((Empty, "The file is empty.".into()));
        }
        return Some((
            NoHeader,
            "The file starts with 64 KB of blank space, not a header row.".into(),
        ));
    }
    let first_line = sample
        .split(|b| *b == b'\n' || *b == b'\r')
        .next()
        .unwrap_or(&[]);
    if first_line.len() >= MAX_LINE_BYTES {
        return Some((
            LineTooLong,
            format!(
                "The first line is longer than {} KB: this is not a CSV of profiles.",
                MAX_LINE_BYTES / 1024
            ),
        ));
    }
    None
}

/// The delimiter of a header line: a tab when it has more tabs than commas, else a comma; an
/// error when it has neither but splits into field names on `;` or `|`.
fn delimiter_of(line: &[u8]) -> Result<u8, String> {
    let count = |d: u8| line.iter().filter(|b| **b == d).count();
    let (commas, tabs) = (count(b','), count(b'\t'));
    if tabs > commas {
        return Ok(b'\t');
    }
    if commas > 0 {
        return Ok(b',');
    }
    for d in [b';', b'|'] {
        let text = String::from_utf8_lossy(line);
        let names = text.split(char::from(d));
        if count(d) > 0
            && names
                .map(|n| n.trim().trim_matches('"'))
                .any(|n| column_index(n).is_some())
        {
            return Err(format!(
                "The header is separated by '{}': save the file with commas (CSV) or tabs.",
                char::from(d)
            ));
        }
    }
    Ok(b',')
}

/// Reads profiles from any `Read`, item by item, in chunks of 64 KiB.
///
/// ```
/// use credit_sim::portfolio::csv_read::{CsvItem, CsvProfiles};
/// let file: &[u8] = b"age,occupation\n41,employee\n52,astronaut\n";
/// let items: Vec<CsvItem> = CsvProfiles::new(file).collect();
/// assert!(matches!(&items[0], CsvItem::Profile { row: 2, .. }));
/// assert!(matches!(&items[1], CsvItem::Rejected(r) if r[0].field == "occupation"));
/// ```
pub struct CsvProfiles<R: Read> {
    source: R,
    reader: CsvProfileReader,
    chunk: Vec<u8>,
    done: bool,
}

impl<R: Read> CsvProfiles<R> {
    /// Items from `source`.
    pub fn new(source: R) -> CsvProfiles<R> {
        CsvProfiles {
            source,
            reader: CsvProfileReader::new(),
            chunk: vec![0; 64 * 1024],
            done: false,
        }
    }
}

impl<R: Read> Iterator for CsvProfiles<R> {
    type Item = CsvItem;

    fn next(&mut self) -> Option<CsvItem> {
        loop {
            if let Some(item) = self.reader.next_item() {
                return Some(item);
            }
            if self.done {
                return None;
            }
            if self.reader.stopped() {
                self.done = true;
                continue;
            }
            match self.source.read(&mut self.chunk) {
                Ok(0) => {
                    self.reader.finish();
                    self.done = true;
                }
                Ok(n) => self.reader.push(self.chunk.get(..n).unwrap_or(&[])),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => {
                    self.reader.stop(
                        CsvWarningCode::ReadFailed,
                        None,
                        format!("The file could not be read: {e}."),
                    );
                    self.done = true;
                }
            }
        }
    }
}

/// API.md's answer of `profilesFromCsv`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CsvRead {
    /// The rows read, in order.
    pub profiles: Vec<Profile>,
    /// Every problem of every row skipped.
    pub rejected_rows: Vec<RejectedRow>,
    /// Ignored columns and whole-file problems.
    pub warnings: Vec<CsvWarning>,
}

impl CsvRead {
    /// Collects items.
    pub fn collect(items: impl IntoIterator<Item = CsvItem>) -> CsvRead {
        let mut read = CsvRead::default();
        for item in items {
            match item {
                CsvItem::Profile { profile, .. } => read.profiles.push(profile),
                CsvItem::Rejected(rows) => read.rejected_rows.extend(rows),
                CsvItem::Warning(w) => read.warnings.push(w),
            }
        }
        read
    }
}

/// Reads a whole CSV text: `profilesFromCsv()` in JS. Never fails: every problem is in the
/// answer.
///
/// ```
/// use credit_sim::portfolio::profiles_from_csv;
/// let read = profiles_from_csv("\u{feff}age\tmonthsSinceOverdue\tshoeSize\n41\tnever\t42\n");
/// assert_eq!(read.profiles[0].age, 41);
/// assert_eq!(read.warnings[0].field.as_deref(), Some("shoeSize"));
/// assert_eq!(profiles_from_csv("age;monthlyIncome\n41;9000\n").warnings[0].code,
///     credit_sim::portfolio::csv_read::CsvWarningCode::WrongDelimiter);
/// ```
pub fn profiles_from_csv(text: &str) -> CsvRead {
    let mut reader = CsvProfileReader::new();
    reader.push(text.as_bytes());
    reader.finish();
    CsvRead::collect(std::iter::from_fn(|| reader.next_item()))
}
