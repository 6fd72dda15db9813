//! Markdown to sanitised HTML, plus the checks that tell authors what to fix.
//!
//! Rendering happens once, when the catalog loads. The sanitiser is an allowlist (ammonia):
//! anything not listed here (script, iframe, style, event handlers, javascript: and other
//! absolute URLs) is removed, whatever the author wrote.

use std::collections::HashSet;
use std::sync::OnceLock;

use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag};

use crate::error::line_of;

/// A problem in a Markdown body: 1-based line within the body, and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkdownIssue {
    pub line: usize,
    pub message: String,
}

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_FOOTNOTES
}

/// Renders Markdown to HTML and sanitises it. Safe to put in a page as is.
pub fn render(markdown: &str) -> String {
    let mut raw = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut raw, Parser::new_ext(markdown, options()));
    sanitize(&raw)
}

/// Elements that survive sanitising. Everything else is removed with its attributes.
const ALLOWED_TAGS: &[&str] = &[
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    "code",
    "dd",
    "del",
    "div",
    "dl",
    "dt",
    "em",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "kbd",
    "li",
    "ol",
    "p",
    "pre",
    "s",
    "strong",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

/// The one HTML allowlist of Kujenga.
pub fn sanitize(html: &str) -> String {
    static CLEANER: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    CLEANER
        .get_or_init(|| {
            let mut b = ammonia::Builder::empty();
            b.tags(ALLOWED_TAGS.iter().copied().collect())
                .add_tag_attributes("a", ["href", "title"])
                .add_tag_attributes("img", ["src", "alt", "title"])
                .add_tag_attributes("th", ["align", "style"])
                .add_tag_attributes("td", ["align", "style"])
                .add_tag_attributes("abbr", ["title"])
                .url_schemes(HashSet::new())
                .url_relative(ammonia::UrlRelative::PassThrough)
                .link_rel(None)
                .attribute_filter(|_element, attribute, value| {
                    // pulldown-cmark writes table alignment as a style attribute; keep only that.
                    if attribute == "style" {
                        return match value {
                            "text-align: left" | "text-align: center" | "text-align: right" => {
                                Some(value.into())
                            }
                            _ => None,
                        };
                    }
                    Some(value.into())
                });
            b
        })
        .clean(html)
        .to_string()
}

/// Checks a Markdown body for what would render wrongly or be stripped, with line numbers.
/// `check_link` says what is wrong with a link inside Kujenga (one starting with `/`).
pub fn lint(markdown: &str, check_link: &dyn Fn(&str) -> Result<(), String>) -> Vec<MarkdownIssue> {
    let mut issues = Vec::new();
    let mut open_fence: Option<usize> = None;
    for (event, range) in Parser::new_ext(markdown, options()).into_offset_iter() {
        let line = line_of(markdown, range.start);
        match event {
            Event::Start(Tag::Heading { level: HeadingLevel::H1, .. }) => {
                issues.push(MarkdownIssue {
                    line,
                    message: "a level-1 heading (`# ...`) in the body; the title comes from the front \
                              matter, so start sections at `##`"
                        .into(),
                });
            }
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(_))) => {
                let block = &markdown[range.clone()];
                let fence = block.trim_start().chars().next().unwrap_or('`');
                let closed = block
                    .trim_end()
                    .lines()
                    .skip(1)
                    .last()
                    .is_some_and(|l| l.trim_start().starts_with(&format!("{fence}{fence}{fence}")));
                if !closed {
                    open_fence = Some(line);
                }
            }
            Event::Html(html) | Event::InlineHtml(html) => {
                if let Some(bad) = disallowed_html(&html) {
                    issues.push(MarkdownIssue {
                        line,
                        message: format!(
                            "raw HTML {bad} is not allowed and would be removed; use Markdown instead \
                             (scripts, iframes, styles and event handlers never reach a page)"
                        ),
                    });
                }
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                issues.extend(check_url(&dest_url, line, "link", check_link));
            }
            Event::Start(Tag::Image { dest_url, .. }) => {
                issues.extend(check_url(&dest_url, line, "image", check_link));
            }
            _ => {}
        }
    }
    if let Some(line) = open_fence {
        issues.push(MarkdownIssue {
            line,
            message: "this code block is never closed; add a closing ``` line".into(),
        });
    }
    issues
}

/// Names the first element or attribute in a raw HTML fragment that the sanitiser would drop.
fn disallowed_html(html: &str) -> Option<String> {
    for tag in html.split('<').skip(1) {
        if tag.starts_with('/') || tag.starts_with("!--") {
            continue;
        }
        let body = tag.split('>').next().unwrap_or_default();
        let name: String =
            body.chars().take_while(|c| c.is_ascii_alphanumeric()).collect::<String>().to_ascii_lowercase();
        if !ALLOWED_TAGS.contains(&name.as_str()) {
            return Some(format!("element `<{name}>`"));
        }
        let lower = body.to_ascii_lowercase();
        for attribute in lower.split_whitespace().skip(1) {
            let attr_name = attribute.split('=').next().unwrap_or_default();
            if attr_name.starts_with("on") || attr_name == "style" {
                return Some(format!("attribute `{attr_name}` on `<{name}>`"));
            }
        }
        if lower.contains("javascript:") {
            return Some(format!("a javascript: URL on `<{name}>`"));
        }
    }
    None
}

fn check_url(
    url: &str,
    line: usize,
    what: &str,
    check_link: &dyn Fn(&str) -> Result<(), String>,
) -> Option<MarkdownIssue> {
    let message = if url.contains(':') && !url.starts_with('/') && !url.starts_with('#') {
        format!(
            "{what} to `{url}`: pages may not point to other hosts (training rooms are often \
             offline); name the document in `sources` instead"
        )
    } else if url.starts_with('/') {
        check_link(url).err()?
    } else {
        return None;
    };
    Some(MarkdownIssue { line, message })
}
