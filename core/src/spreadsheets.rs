//! CSV files as people open them, in a spreadsheet: written by the csv crate (quotes, doubled
//! quotes, and line breaks kept inside their quoted cell), with every cell that a spreadsheet
//! would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return)
//! written with a leading `'`, as OWASP advises against CSV injection. A trainee's organisation
//! reaches a manager's spreadsheet; it must arrive as text.

/// A CSV file: the header, then one line per row, each ending in CRLF (RFC 4180).
pub fn write<R: IntoIterator<Item = String>>(header: &[&str], rows: impl IntoIterator<Item = R>) -> String {
    let mut out = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
    let mut line = |cells: Vec<String>| {
        // Writing to memory cannot fail.
        let _ = out.write_record(cells.iter().map(|c| as_text(c)));
    };
    line(header.iter().map(|h| h.to_string()).collect());
    for row in rows {
        line(row.into_iter().collect());
    }
    String::from_utf8(out.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// A cell as text a spreadsheet shows and never runs.
fn as_text(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{cell}") } else { cell.to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_become_text_and_line_breaks_stay_in_their_cell() {
        let file = write(
            &["organisation", "enrolled"],
            [vec!["=HYPERLINK(\"x\")".to_string(), "1".into()], vec!["A\rB, C".into(), "2".into()]],
        );
        assert_eq!(file, "organisation,enrolled\r\n\"'=HYPERLINK(\"\"x\"\")\",1\r\n\"A\rB, C\",2\r\n");
        assert_eq!(as_text("-1"), "'-1");
        assert_eq!(as_text("75.0%"), "75.0%");
    }
}
