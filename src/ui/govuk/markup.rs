//! Static markup written as HTML text: for the parts of a page that never
//! change once shown and have no controls (the results' tables and
//! summaries, a step's paragraphs, the timeline). The browser parses the
//! text into the same elements a `view!` would make, and one small
//! non-generic builder replaces a distinct generic view type per shape,
//! which keeps the WebAssembly smaller. Every text and attribute value is
//! escaped, so nothing a person types can become markup.

/// HTML text being written, one element at a time.
#[derive(Default)]
pub struct Markup(String);

impl Markup {
    pub fn new() -> Self {
        Markup(String::with_capacity(256))
    }

    /// `<tag a="v" …>`; attribute values are escaped.
    #[inline(never)]
    pub fn open(&mut self, tag: &str, attrs: &[(&str, &str)]) -> &mut Self {
        self.0.push('<');
        self.0.push_str(tag);
        for (name, value) in attrs {
            self.0.push(' ');
            self.0.push_str(name);
            self.0.push_str("=\"");
            escape_into(&mut self.0, value);
            self.0.push('"');
        }
        self.0.push('>');
        self
    }

    /// `</tag>`.
    #[inline(never)]
    pub fn close(&mut self, tag: &str) -> &mut Self {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    /// Text, escaped.
    #[inline(never)]
    pub fn text(&mut self, text: &str) -> &mut Self {
        escape_into(&mut self.0, text);
        self
    }

    /// `<tag class="…">text</tag>` (no class attribute when `class` is empty).
    #[inline(never)]
    pub fn el(&mut self, tag: &str, class: &str, text: &str) -> &mut Self {
        if class.is_empty() {
            self.open(tag, &[]);
        } else {
            self.open(tag, &[("class", class)]);
        }
        self.text(text).close(tag)
    }

    /// A list (`ul` or `ol`) of text items.
    #[inline(never)]
    pub fn list<S: AsRef<str>>(&mut self, tag: &str, class: &str, items: &[S]) -> &mut Self {
        self.open(tag, &[("class", class)]);
        for item in items {
            self.el("li", "", item.as_ref());
        }
        self.close(tag)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

/// Escapes `&`, `<`, `>`, `"` and `'` for text or a quoted attribute value.
fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// The markup as one element of a view (it must be exactly one element).
#[cfg(target_arch = "wasm32")]
pub fn element(m: Markup) -> leptos::prelude::AnyView {
    use leptos::prelude::IntoAny;
    leptos::tachys::html::InertElement::new(m.0).into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text_and_attributes() {
        let mut m = Markup::new();
        m.open("p", &[("id", "a\"b'<")])
            .text("Tom & Jerry <b>")
            .close("p");
        assert_eq!(
            m.as_str(),
            "<p id=\"a&quot;b&#39;&lt;\">Tom &amp; Jerry &lt;b&gt;</p>"
        );
    }

    #[test]
    fn el_and_list() {
        let mut m = Markup::new();
        m.el("h2", "heading-m", "Hi")
            .el("p", "", "x")
            .list("ul", "list", &["one", "two"]);
        assert_eq!(
            m.into_string(),
            "<h2 class=\"heading-m\">Hi</h2><p>x</p><ul class=\"list\"><li>one</li><li>two</li></ul>"
        );
    }
}
