//! The sanitiser: whatever an author or an attacker writes, no script reaches a page.

use curriculum::markdown::{render, sanitize};

#[test]
fn scripts_iframes_and_event_handlers_are_removed() {
    let html = render(
        "Hello <script>alert('x')</script> <iframe src=\"/x\"></iframe> <img src=\"/a.png\" onerror=\"alert(1)\">",
    );
    assert!(!html.contains("<script") && !html.contains("alert('x')"), "{html}");
    assert!(!html.contains("<iframe"), "{html}");
    assert!(!html.contains("onerror"), "{html}");
    assert!(html.contains(r#"<img src="/a.png">"#), "{html}");
}

#[test]
fn javascript_and_other_absolute_urls_are_dropped() {
    let html =
        render("[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](https://evil.example/) [d](/learn/x)");
    assert!(!html.to_lowercase().contains("javascript:"), "{html}");
    assert!(!html.contains("evil.example"), "{html}");
    assert!(html.contains(r#"<a href="/learn/x">d</a>"#), "{html}");
}

#[test]
fn style_and_forms_are_removed_but_formatting_stays() {
    let html = sanitize(
        "<p style=\"color:red\" onclick=\"x()\">t</p><form action=\"/x\"><input></form><style>p{}</style><strong>b</strong>",
    );
    assert_eq!(html, "<p>t</p><strong>b</strong>");
}

#[test]
fn markdown_renders_tables_code_and_lists() {
    let html = render("| a | b |\n|---|---|\n| 1 | 2 |\n\n```\n<b>not html</b>\n```\n\n1. one\n2. two\n");
    assert!(html.contains("<table>") && html.contains("<td>1</td>"), "{html}");
    assert!(html.contains("&lt;b&gt;not html&lt;/b&gt;"), "{html}");
    assert!(html.contains("<ol>") && html.contains("<li>two</li>"), "{html}");
}
