//! SQL: database clients whose arguments or input drop, truncate or empty
//! tables.

use std::sync::LazyLock;

use regex::Regex;

use super::super::argv::join;
use super::super::command::{Arg, Input, Output};
use super::super::context::Context;
use super::super::{Risk, Rule};

static SQL_DROP: LazyLock<Regex> = LazyLock::new(|| {
    #[allow(clippy::unwrap_used)]
    Regex::new(r"(?i)\b(?:drop\s+(?:table|database|schema)|truncate(?:\s+table)?\s+[\w.`\x22]+)")
        .unwrap()
});

/// `DELETE FROM t` with no `WHERE`, or a `WHERE` that is always true.
static SQL_DELETE_ALL: LazyLock<Regex> = LazyLock::new(|| {
    #[allow(clippy::unwrap_used)]
    Regex::new(
        r"(?i)\bdelete\s+from\s+[\w.`\x22\[\]]+\s*(?:;|$|where\s+(?:1|true|1\s*=\s*1|'1'\s*=\s*'1')\s*(?:;|$))",
    )
    .unwrap()
});

/// The checks of a database client: the SQL in its arguments and input.
pub(super) fn check(cx: &mut Context, args: &[Arg], input: &Input) {
    let mut sql = join(args);
    match input {
        Input::Text(text)
        | Input::Pipe(Output {
            literal: Some(text),
            ..
        }) => {
            sql.push('\n');
            sql.push_str(text);
        }
        _ => {}
    }
    sql_risk(cx, &sql);
}

fn sql_risk(cx: &mut Context, sql: &str) {
    if SQL_DROP.is_match(sql) {
        cx.risk(Risk::High, Rule::SqlDrop);
    }
    for statement in sql.split(';') {
        if SQL_DELETE_ALL.is_match(statement.trim_end_matches(['\'', '"', ' ', '\n'])) {
            cx.risk(Risk::High, Rule::SqlDeleteAll);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sql_that_destroys_tables() {
        let hits = |sql: &str| {
            SQL_DROP.is_match(sql) || sql.split(';').any(|s| SQL_DELETE_ALL.is_match(s.trim()))
        };
        for sql in [
            "DROP TABLE users",
            "drop database shop",
            "TRUNCATE orders",
            "DELETE FROM sessions;",
            "delete from users where 1",
            "delete from t where 1 = 1",
        ] {
            assert!(hits(sql), "{sql}");
        }
        for sql in [
            "DELETE FROM sessions WHERE expires < now()",
            "select * from drops",
            "SELECT 1",
        ] {
            assert!(!hits(sql), "{sql}");
        }
    }
}
