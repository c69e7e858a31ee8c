//! A library tool's form in the scenario's form texts (`crate::scenario::forms`): a group of
//! fields under one prefix (`rv.`, `q.0.`), each with a default. Until any field of the group is
//! typed, the form shows the defaults and the link holds none of it; the first change writes the
//! whole group, so a box then cleared to type a new number stays empty instead of springing back
//! to its default. Pure.

use crate::scenario::pairs::Pair;

/// One group of fields: the keys' prefix, the fields and their defaults (in the same order).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Group<'a> {
    /// The prefix, with its dot (`rv.`).
    pub prefix: &'a str,
    /// The fields.
    pub fields: &'a [&'a str],
    /// Each field's default text.
    pub defaults: &'a [&'a str],
}

impl Group<'_> {
    fn key(&self, field: &str) -> String {
        format!("{}{field}", self.prefix)
    }

    fn text<'f>(&self, forms: &'f [Pair], field: &str) -> Option<&'f str> {
        let key = self.key(field);
        forms
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.as_str())
    }

    /// Whether any field of the group has a text in `forms`.
    pub fn is_edited(&self, forms: &[Pair]) -> bool {
        self.fields.iter().any(|f| self.text(forms, f).is_some())
    }

    /// The texts of the fields: as typed once the group is edited (a field without a text is
    /// empty), the defaults until then.
    pub fn values(&self, forms: &[Pair]) -> Vec<String> {
        let edited = self.is_edited(forms);
        self.fields
            .iter()
            .zip(self.defaults)
            .map(|(f, d)| match (edited, self.text(forms, f)) {
                (_, Some(v)) => v.to_owned(),
                (true, None) => String::new(),
                (false, None) => (*d).to_owned(),
            })
            .collect()
    }

    /// The changes that write `values` as the whole group (an empty text removes its key).
    pub fn put(&self, values: &[String]) -> Vec<Pair> {
        self.fields
            .iter()
            .zip(values)
            .map(|(f, v)| (self.key(f), v.clone()))
            .collect()
    }

    /// The changes that set `field` to `value`: that key alone once the group is edited, else
    /// the whole group with this field changed.
    pub fn change(&self, forms: &[Pair], field: &str, value: &str) -> Vec<Pair> {
        if self.is_edited(forms) {
            return vec![(self.key(field), value.to_owned())];
        }
        let mut values = self.values(forms);
        if let Some(v) = self
            .fields
            .iter()
            .position(|f| *f == field)
            .and_then(|i| values.get_mut(i))
        {
            value.clone_into(v);
        }
        self.put(&values)
    }

    /// The value of `field` among `values` (as [`Group::values`] gives them).
    pub fn get<'v>(&self, values: &'v [String], field: &str) -> &'v str {
        self.fields
            .iter()
            .position(|f| *f == field)
            .and_then(|i| values.get(i))
            .map_or("", String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const G: Group<'static> = Group {
        prefix: "rv.",
        fields: &["amt", "daily"],
        defaults: &["10000", "0.05"],
    };

    fn pair(k: &str, v: &str) -> Pair {
        (k.to_owned(), v.to_owned())
    }

    #[test]
    fn defaults_until_typed_then_the_texts_as_typed() {
        assert_eq!(G.values(&[]), ["10000", "0.05"]);
        assert!(!G.is_edited(&[pair("q.0.amt", "1")]));
        // The first change writes the whole group.
        assert_eq!(
            G.change(&[], "daily", "0.1"),
            [pair("rv.amt", "10000"), pair("rv.daily", "0.1")]
        );
        let edited = [pair("rv.daily", "0.1")];
        assert_eq!(G.values(&edited), ["", "0.1"]);
        assert_eq!(G.change(&edited, "amt", ""), [pair("rv.amt", "")]);
        assert_eq!(G.get(&G.values(&edited), "daily"), "0.1");
        assert_eq!(G.get(&G.values(&edited), "nope"), "");
    }
}
