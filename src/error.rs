//! Typed validation errors: every problem with an input at once, each naming its field path.

use core::fmt;

use serde::Serialize;

/// What is wrong with one field. Serialized in camelCase (`"outOfRange"`), as API.md shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum ErrorCode {
    /// A required field is absent or `null`.
    Missing,
    /// The value has the wrong type: text where a whole number is needed, an object for a rate.
    WrongType,
    /// Text that is not a decimal number.
    NotANumber,
    /// A number that is NaN or infinite.
    NotFinite,
    /// A number outside the allowed range.
    OutOfRange,
    /// A whole number was expected.
    NotAnInteger,
    /// Text that is not one of the allowed names.
    UnknownValue,
    /// Text that is not a real calendar date written `YYYY-MM-DD`.
    BadDate,
    /// Two fields that exclude each other were both given.
    Conflict,
    /// A field that this kind of input does not have (often a typo).
    UnknownField,
    /// Valid alone, but not allowed with the rest of the input.
    NotAllowed,
}

impl ErrorCode {
    /// Every code.
    pub const ALL: [ErrorCode; 11] = [
        ErrorCode::Missing,
        ErrorCode::WrongType,
        ErrorCode::NotANumber,
        ErrorCode::NotFinite,
        ErrorCode::OutOfRange,
        ErrorCode::NotAnInteger,
        ErrorCode::UnknownValue,
        ErrorCode::BadDate,
        ErrorCode::Conflict,
        ErrorCode::UnknownField,
        ErrorCode::NotAllowed,
    ];

    /// The camelCase name, as in JSON (`"outOfRange"`).
    pub fn api_name(self) -> &'static str {
        match self {
            ErrorCode::Missing => "missing",
            ErrorCode::WrongType => "wrongType",
            ErrorCode::NotANumber => "notANumber",
            ErrorCode::NotFinite => "notFinite",
            ErrorCode::OutOfRange => "outOfRange",
            ErrorCode::NotAnInteger => "notAnInteger",
            ErrorCode::UnknownValue => "unknownValue",
            ErrorCode::BadDate => "badDate",
            ErrorCode::Conflict => "conflict",
            ErrorCode::UnknownField => "unknownField",
            ErrorCode::NotAllowed => "notAllowed",
        }
    }

    /// The code of a camelCase name.
    pub fn of_api_name(name: &str) -> Option<ErrorCode> {
        ErrorCode::ALL.into_iter().find(|c| c.api_name() == name)
    }
}

/// One problem with one field of an input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    /// The field's path in the input, in camelCase: `"termMonths"`, `"business.monthlyRevenue"`,
    /// `"months[3].daysLate"`.
    pub field: String,
    /// The kind of problem.
    pub code: ErrorCode,
    /// A readable English sentence that names the field.
    pub message: String,
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// Every problem found in one input. Never empty when returned as an error.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
#[serde(transparent)]
pub struct ValidationErrors {
    errors: Vec<FieldError>,
}

impl ValidationErrors {
    /// An empty collection, to fill while validating.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a problem with `field`.
    pub fn push(&mut self, field: impl Into<String>, code: ErrorCode, message: impl Into<String>) {
        self.errors.push(FieldError {
            field: field.into(),
            code,
            message: message.into(),
        });
    }

    /// Adds every problem of `other`.
    pub fn extend(&mut self, other: ValidationErrors) {
        self.errors.extend(other.errors);
    }

    /// True when no problem was found.
    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }

    /// The problems, in the order they were found.
    pub fn errors(&self) -> &[FieldError] {
        &self.errors
    }

    /// `Ok(value)` when there is no problem, else `Err(self)`.
    ///
    /// The value is only built when it is needed, because a half-validated input has none.
    pub fn into_result<T>(self, value: impl FnOnce() -> Option<T>) -> Result<T, ValidationErrors> {
        if !self.is_empty() {
            return Err(self);
        }
        match value() {
            Some(v) => Ok(v),
            // A validator that found no problem always builds its value; keep a typed error anyway
            // rather than a panic, should one ever forget to report a field.
            None => {
                let mut errors = self;
                errors.push(
                    "(input)",
                    ErrorCode::WrongType,
                    "The input could not be read.",
                );
                Err(errors)
            }
        }
    }
}

impl fmt::Display for ValidationErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.errors.as_slice() {
            [] => f.write_str("no problem"),
            [one] => f.write_str(&one.message),
            [first, rest @ ..] => {
                let more = rest.len();
                let plural = if more == 1 { "" } else { "s" };
                write!(f, "{} (and {more} more problem{plural})", first.message)
            }
        }
    }
}

impl std::error::Error for ValidationErrors {}

impl From<FieldError> for ValidationErrors {
    fn from(error: FieldError) -> Self {
        Self {
            errors: vec![error],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_names_are_their_json() {
        for c in ErrorCode::ALL {
            assert_eq!(
                serde_json::to_string(&c).expect("json"),
                format!("\"{}\"", c.api_name())
            );
            assert_eq!(ErrorCode::of_api_name(c.api_name()), Some(c));
        }
    }

    #[test]
    fn display_names_the_first_problem_and_counts_the_rest() {
        let mut errors = ValidationErrors::new();
        assert_eq!(errors.to_string(), "no problem");
        errors.push(
            "termMonths",
            ErrorCode::OutOfRange,
            "termMonths must be between 1 and 360.",
        );
        assert_eq!(errors.to_string(), "termMonths must be between 1 and 360.");
        errors.push("principal", ErrorCode::Missing, "principal is required.");
        errors.push("method", ErrorCode::Missing, "method is required.");
        assert_eq!(
            errors.to_string(),
            "termMonths must be between 1 and 360. (and 2 more problems)"
        );
    }

    #[test]
    fn into_result_keeps_every_problem() {
        let mut errors = ValidationErrors::new();
        errors.push("a", ErrorCode::Missing, "a is required.");
        let result: Result<u8, _> = errors.into_result(|| Some(1));
        assert_eq!(result.unwrap_err().errors().len(), 1);
        assert_eq!(ValidationErrors::new().into_result(|| Some(7)), Ok(7));
        assert!(ValidationErrors::new().into_result::<u8>(|| None).is_err());
    }
}
