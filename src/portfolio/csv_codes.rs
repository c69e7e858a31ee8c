//! What a CSV of profiles can be told about itself: the whole-file problems and column warnings
//! ([`CsvWarningCode`], [`CsvWarning`]), and the problems of a skipped row ([`RowProblemCode`],
//! [`RejectedRow`]), each with its camelCase name as in JSON.

use serde::Serialize;

use crate::error::ErrorCode;

/// What a warning is about. Those of [`CsvWarningCode::whole_file`] end the reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum CsvWarningCode {
    /// A header name that is no Profile field: the column is ignored.
    UnknownColumn,
    /// A header name given twice: the later column is read.
    DuplicateColumn,
    /// Nothing but blank space.
    Empty,
    /// UTF-16 text (Excel's "Unicode text"): save it as "CSV UTF-8".
    Utf16,
    /// An Excel workbook (.xlsx or .xls), not a CSV.
    ExcelWorkbook,
    /// Binary content (NUL or control bytes): not a text file.
    Binary,
    /// Not UTF-8, most often GBK text saved by Excel: save it as "CSV UTF-8".
    NotUtf8,
    /// A line longer than [`super::csv_read::MAX_LINE_BYTES`].
    LineTooLong,
    /// The header splits into field names on `;` or `|`, not on a comma or a tab.
    WrongDelimiter,
    /// The first row names no Profile field.
    NoHeader,
    /// The bytes could not be read.
    ReadFailed,
}

impl CsvWarningCode {
    /// Every code.
    pub const ALL: [CsvWarningCode; 11] = [
        CsvWarningCode::UnknownColumn,
        CsvWarningCode::DuplicateColumn,
        CsvWarningCode::Empty,
        CsvWarningCode::Utf16,
        CsvWarningCode::ExcelWorkbook,
        CsvWarningCode::Binary,
        CsvWarningCode::NotUtf8,
        CsvWarningCode::LineTooLong,
        CsvWarningCode::WrongDelimiter,
        CsvWarningCode::NoHeader,
        CsvWarningCode::ReadFailed,
    ];

    /// The camelCase name, as in JSON (`"wrongDelimiter"`).
    pub fn api_name(self) -> &'static str {
        match self {
            CsvWarningCode::UnknownColumn => "unknownColumn",
            CsvWarningCode::DuplicateColumn => "duplicateColumn",
            CsvWarningCode::Empty => "empty",
            CsvWarningCode::Utf16 => "utf16",
            CsvWarningCode::ExcelWorkbook => "excelWorkbook",
            CsvWarningCode::Binary => "binary",
            CsvWarningCode::NotUtf8 => "notUtf8",
            CsvWarningCode::LineTooLong => "lineTooLong",
            CsvWarningCode::WrongDelimiter => "wrongDelimiter",
            CsvWarningCode::NoHeader => "noHeader",
            CsvWarningCode::ReadFailed => "readFailed",
        }
    }

    /// The code of a camelCase name.
    pub fn of_api_name(name: &str) -> Option<CsvWarningCode> {
        CsvWarningCode::ALL
            .into_iter()
            .find(|c| c.api_name() == name)
    }

    /// True for a problem with the whole file, which ends the reading.
    pub fn whole_file(self) -> bool {
        !matches!(
            self,
            CsvWarningCode::UnknownColumn | CsvWarningCode::DuplicateColumn
        )
    }
}

/// A problem that is not one row's: an ignored column, or the whole file's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CsvWarning {
    /// What it is about.
    pub code: CsvWarningCode,
    /// The row it was found at (1 is the header), `null` when it is about the whole file.
    pub row: Option<u64>,
    /// The column's name, for a column's warning.
    pub field: Option<String>,
    /// A readable English sentence.
    pub message: String,
}

/// A row's own problem, beyond its fields' validation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum CsvRowCode {
    /// More or fewer cells than the header has columns.
    WrongFieldCount,
    /// A cell that is not UTF-8.
    NotUtf8,
}

impl CsvRowCode {
    /// The camelCase name, as in JSON.
    pub fn api_name(self) -> &'static str {
        match self {
            CsvRowCode::WrongFieldCount => "wrongFieldCount",
            CsvRowCode::NotUtf8 => "notUtf8",
        }
    }
}

impl RowProblemCode {
    /// The camelCase name, as in JSON (a field's code or the row's own).
    pub fn api_name(self) -> &'static str {
        match self {
            RowProblemCode::Field(c) => c.api_name(),
            RowProblemCode::Row(c) => c.api_name(),
        }
    }

    /// The code of a camelCase name.
    pub fn of_api_name(name: &str) -> Option<RowProblemCode> {
        [CsvRowCode::WrongFieldCount, CsvRowCode::NotUtf8]
            .into_iter()
            .find(|c| c.api_name() == name)
            .map(RowProblemCode::Row)
            .or_else(|| ErrorCode::of_api_name(name).map(RowProblemCode::Field))
    }
}

/// The code of a rejected row's problem: a field's validation code, or a row's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(untagged)]
pub enum RowProblemCode {
    /// A field's problem, as `Profile` validation names it.
    Field(ErrorCode),
    /// The row's own.
    Row(CsvRowCode),
}

/// One problem of a row that was skipped (a row with several problems has one of these each).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RejectedRow {
    /// The row: 1 is the header, 2 the first data row (blank lines are not counted).
    pub row: u64,
    /// The column (`"age"`, `"business.monthlyRevenue"`), `"(row)"` for the row's own problem.
    pub field: String,
    /// What is wrong.
    pub code: RowProblemCode,
    /// A readable English sentence.
    pub message: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_names_are_their_json() {
        for c in CsvWarningCode::ALL {
            assert_eq!(
                serde_json::to_string(&c).expect("json"),
                format!("\"{}\"", c.api_name())
            );
            assert_eq!(CsvWarningCode::of_api_name(c.api_name()), Some(c));
        }
        for c in [
            RowProblemCode::Row(CsvRowCode::WrongFieldCount),
            RowProblemCode::Row(CsvRowCode::NotUtf8),
            RowProblemCode::Field(ErrorCode::OutOfRange),
        ] {
            assert_eq!(
                serde_json::to_string(&c).expect("json"),
                format!("\"{}\"", c.api_name())
            );
            assert_eq!(RowProblemCode::of_api_name(c.api_name()), Some(c));
        }
    }
}
