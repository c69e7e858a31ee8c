//! Every text of the page in Chinese and English, as typed constants: [`Text`] holds both
//! languages, so no text can exist in one language only, and a view names the text it shows
//! (`plan::AMOUNT`), never a string key that could miss. Texts live beside the part of the page
//! that shows them (one module per view), so a bundle links only the texts of its own views.
//!
//! Labels of the core's enums (a band, a method, an education level) are functions over those
//! enums with one arm per value: a new value is a compile error here until it has its words.

pub mod embed;
pub mod goal;
pub mod journey;
pub mod learn;
pub mod money;
pub mod offers;
pub mod page;
pub mod plan;
pub mod profile;
pub mod quote;
pub mod score;
pub mod trap;
pub mod workbench;

/// The page language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Lang {
    /// 简体中文.
    #[default]
    Zh,
    /// English.
    En,
}

impl Lang {
    /// From a BCP 47 tag such as `navigator.language`: Chinese for `zh*`, else English (the
    /// core's rule, which also picks the language of its reason texts).
    pub fn from_tag(tag: &str) -> Lang {
        match credit_sim::scoring::Lang::from_tag(tag) {
            credit_sim::scoring::Lang::Zh => Lang::Zh,
            credit_sim::scoring::Lang::En => Lang::En,
        }
    }

    /// The tag for `<html lang>`: `zh-CN` or `en`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// The short code of links (`zh`, `en`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// The language of a link's code.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The other language.
    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }

    /// The text of `text` in this language.
    pub fn t(self, text: Text) -> &'static str {
        match self {
            Lang::Zh => text.zh,
            Lang::En => text.en,
        }
    }

    /// Picks one of two texts written in place (for a text used once, beside its use).
    pub fn pick<'a>(self, zh: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }

    /// The core's language for its reason texts.
    pub fn core(self) -> credit_sim::scoring::Lang {
        match self {
            Lang::Zh => credit_sim::scoring::Lang::Zh,
            Lang::En => credit_sim::scoring::Lang::En,
        }
    }
}

/// One text in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    /// Chinese.
    pub zh: &'static str,
    /// English.
    pub en: &'static str,
}

impl Text {
    /// Both languages of a text; an empty one fails to compile where the text is a constant.
    pub const fn new(zh: &'static str, en: &'static str) -> Text {
        assert!(
            !zh.is_empty() && !en.is_empty(),
            "a text needs both languages"
        );
        Text { zh, en }
    }

    /// The text with `{n}` replaced by `n`, in `lang`.
    pub fn with_n(self, lang: Lang, n: impl std::fmt::Display) -> String {
        lang.t(self).replace("{n}", &n.to_string())
    }
}

/// Declares text constants: `NAME => "中文", "English";`, each documented by its English.
macro_rules! texts {
    ($($name:ident => $zh:expr, $en:expr;)*) => {
        $(
            #[doc = $en]
            pub const $name: $crate::i18n::Text = $crate::i18n::Text::new($zh, $en);
        )*
    };
}
pub(crate) use texts;

/// A whole number with thousands separators: `-1234567` → `-1,234,567`.
pub fn with_commas(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_from_tags_and_codes() {
        assert_eq!(Lang::from_tag("zh-CN"), Lang::Zh);
        assert_eq!(Lang::from_tag("zh-Hant-TW"), Lang::Zh);
        assert_eq!(Lang::from_tag("en-GB"), Lang::En);
        assert_eq!(Lang::from_tag(""), Lang::En);
        for lang in [Lang::Zh, Lang::En] {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("fr"), None);
    }

    #[test]
    fn commas_and_numbers_in_texts() {
        assert_eq!(with_commas(0), "0");
        assert_eq!(with_commas(999), "999");
        assert_eq!(with_commas(1000), "1,000");
        assert_eq!(with_commas(-1_234_567), "-1,234,567");
        let month = Text::new("第 {n} 月", "Month {n}");
        assert_eq!(month.with_n(Lang::Zh, 3), "第 3 月");
        assert_eq!(month.with_n(Lang::En, 12), "Month 12");
    }
}
