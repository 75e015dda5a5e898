//! Proof that the agent's database role is read-only, from the database
//! itself (feature `postgres`).
//!
//! **Threat:** an agent's database tool talked into writing (`DELETE FROM
//! customers`, a planted `CREATE TABLE`) through a role that was meant to
//! be read-only and is not: a grant added later, a role that inherits a
//! writer, a default that was never set. An attestation says someone once
//! checked; [`verify_readonly`] checks now.
//!
//! It connects as the role and, inside a read-write transaction that is
//! always rolled back, tries what a writer could do: `INSERT`, `UPDATE`
//! and `DELETE` on a table it can read (on no rows), `CREATE TABLE`, and
//! `SET ROLE` to that table's owner. Each must fail with
//! `insufficient_privilege`; any other outcome (success, or a constraint
//! error, which means the privilege was there) counts as writable. It
//! also lists every table the role may write to by its privileges, and
//! reports the connection limit and statement timeout it found.
//!
//! ```no_run
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use agent_hardening::audit::Shield;
//! use agent_hardening::audit::db_role::verify_readonly;
//!
//! let dsn = std::env::var("DATABASE_URL_READONLY")?;
//! let verdict = verify_readonly(&dsn).await?;
//! assert!(verdict.is_read_only(), "{verdict:?}");
//! let shield = Shield::builder().db_readonly_verified(verdict).build();
//! # Ok(())
//! # }
//! ```

use std::fmt;
use std::time::Duration;

use serde::Serialize;
use tokio_postgres::error::SqlState;
use tokio_postgres::{Client, NoTls};

/// How long connecting and the whole check may take.
const TIMEOUT: Duration = Duration::from_secs(15);

/// What [`verify_readonly`] found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ReadonlyVerdict {
    /// The role connected as.
    pub role: String,
    /// The table the writes were tried on (`schema.table`), if the role
    /// can read any.
    pub probed_table: Option<String>,
    /// Whether `SELECT` on that table worked.
    pub select_works: bool,
    /// Each write tried, and whether it was refused for lack of privilege:
    /// `insert`, `update`, `delete`, `create_table`, `set_role_owner`.
    pub refused: Vec<(&'static str, bool)>,
    /// Tables (`schema.table`) the role holds `INSERT`, `UPDATE`, `DELETE`
    /// or `TRUNCATE` on.
    pub writable_tables: Vec<String>,
    /// The role's connection limit (`-1`: none).
    pub connection_limit: i32,
    /// The role's `statement_timeout` (`0`: none).
    pub statement_timeout: String,
}

impl ReadonlyVerdict {
    /// Reads work and every write was refused.
    #[must_use]
    pub fn is_read_only(&self) -> bool {
        self.select_works
            && self.refused.iter().all(|(_, refused)| *refused)
            && self.writable_tables.is_empty()
    }

    /// The writes that were not refused.
    pub fn allowed_writes(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.refused
            .iter()
            .filter(|(_, refused)| !refused)
            .map(|(what, _)| *what)
    }
}

/// Why the role could not be checked.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum VerifyError {
    /// Connecting or a query failed (the DSN itself is never repeated).
    #[error("the database check failed: {0}")]
    Database(String),
    /// The check took longer than 15 s.
    #[error("the database check took longer than {} s", TIMEOUT.as_secs())]
    Timeout,
}

impl From<tokio_postgres::Error> for VerifyError {
    fn from(error: tokio_postgres::Error) -> Self {
        // The server's messages name objects, not credentials. Errors
        // before the connection (see `verify`) are replaced wholesale, as
        // they can quote the connection string.
        match error.as_db_error() {
            Some(db) => Self::Database(format!("{}: {}", db.code().code(), db.message())),
            None if error.is_closed() => Self::Database("the connection closed".to_owned()),
            None => Self::Database(error.to_string()),
        }
    }
}

/// Connects to `dsn` (a `postgresql://` URL or `key=value` string; no TLS)
/// as the agent's role and checks it cannot write; see the [module
/// docs](self).
///
/// # Errors
///
/// [`VerifyError`] when the database cannot be reached or a read query
/// fails; a role that can write is not an error, it is a verdict.
pub async fn verify_readonly(dsn: &str) -> Result<ReadonlyVerdict, VerifyError> {
    tokio::time::timeout(TIMEOUT, verify(dsn))
        .await
        .map_err(|_| VerifyError::Timeout)?
}

async fn verify(dsn: &str) -> Result<ReadonlyVerdict, VerifyError> {
    let (client, connection) =
        tokio_postgres::connect(dsn, NoTls)
            .await
            .map_err(|error| match error.as_db_error() {
                // The server refused: its message names the role or database.
                Some(_) => VerifyError::from(error),
                None => VerifyError::Database(
                    "cannot connect (check the host, port and the DSN's form)".to_owned(),
                ),
            })?;
    let driver = tokio::spawn(connection);
    let verdict = probe(&client).await;
    drop(client);
    let _ = driver.await;
    verdict
}

async fn probe(client: &Client) -> Result<ReadonlyVerdict, VerifyError> {
    let role: String = client
        .query_one("SELECT current_user::text", &[])
        .await?
        .get(0);
    let connection_limit: i32 = client
        .query_one(
            "SELECT rolconnlimit FROM pg_roles WHERE rolname = current_user",
            &[],
        )
        .await?
        .get(0);
    let statement_timeout: String = client
        .query_one("SHOW statement_timeout", &[])
        .await?
        .get(0);
    let writable_tables: Vec<String> = client
        .query(
            "SELECT format('%I.%I', schemaname, tablename) FROM pg_tables \
             WHERE schemaname NOT IN ('pg_catalog', 'information_schema') \
             AND has_table_privilege(format('%I.%I', schemaname, tablename), 'INSERT, UPDATE, DELETE, TRUNCATE') \
             ORDER BY 1",
            &[],
        )
        .await?
        .iter()
        .map(|row| row.get(0))
        .collect();
    let readable = client
        .query_opt(
            "SELECT format('%I.%I', schemaname, tablename), format('%I', tableowner) FROM pg_tables \
             WHERE schemaname NOT IN ('pg_catalog', 'information_schema') \
             AND has_table_privilege(format('%I.%I', schemaname, tablename), 'SELECT') \
             ORDER BY 1 LIMIT 1",
            &[],
        )
        .await?
        .map(|row| (row.get::<_, String>(0), row.get::<_, String>(1)));

    client
        .batch_execute("BEGIN; SET TRANSACTION READ WRITE")
        .await?;
    let mut refused = Vec::new();
    let mut select_works = false;
    if let Some((table, owner)) = &readable {
        select_works = attempt(client, &format!("SELECT 1 FROM {table} LIMIT 1"))
            .await?
            .is_none();
        let mut tries = vec![(
            "insert",
            format!("INSERT INTO {table} SELECT * FROM {table} WHERE false"),
        )];
        if let Some(update) = update_statement(client, table).await? {
            tries.push(("update", update));
        }
        tries.push(("delete", format!("DELETE FROM {table} WHERE false")));
        tries.push(("set_role_owner", format!("SET ROLE {owner}")));
        for (what, statement) in tries {
            refused.push((
                what,
                is_privilege_refusal(attempt(client, &statement).await?),
            ));
        }
    }
    let create = attempt(client, "CREATE TABLE agent_hardening_write_probe (id int)").await?;
    refused.push(("create_table", is_privilege_refusal(create)));
    client.batch_execute("ROLLBACK").await?;
    Ok(ReadonlyVerdict {
        role,
        probed_table: readable.map(|(table, _)| table),
        select_works,
        refused,
        writable_tables,
        connection_limit,
        statement_timeout,
    })
}

/// `UPDATE table SET col = col WHERE false` on the table's first column.
async fn update_statement(client: &Client, table: &str) -> Result<Option<String>, VerifyError> {
    let column = client
        .query_opt(
            "SELECT format('%I', attname) FROM pg_attribute \
             WHERE attrelid = $1::text::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum LIMIT 1",
            &[&table],
        )
        .await?
        .map(|row| row.get::<_, String>(0));
    Ok(column.map(|c| format!("UPDATE {table} SET {c} = {c} WHERE false")))
}

/// Runs `statement` in a savepoint; the SQLSTATE it failed with, if any.
async fn attempt(client: &Client, statement: &str) -> Result<Option<SqlState>, VerifyError> {
    client.batch_execute("SAVEPOINT probe").await?;
    let outcome = client.batch_execute(statement).await;
    client.batch_execute("ROLLBACK TO SAVEPOINT probe").await?;
    Ok(outcome
        .err()
        .map(|e| e.code().cloned().unwrap_or(SqlState::INTERNAL_ERROR)))
}

/// Refused for lack of privilege, and nothing else: a constraint error
/// means the privilege was there.
fn is_privilege_refusal(outcome: Option<SqlState>) -> bool {
    outcome == Some(SqlState::INSUFFICIENT_PRIVILEGE)
}

impl fmt::Display for ReadonlyVerdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_read_only() {
            write!(
                f,
                "{} reads {} and every write was refused (connection limit {}, statement_timeout {})",
                self.role,
                self.probed_table.as_deref().unwrap_or("nothing"),
                self.connection_limit,
                self.statement_timeout
            )
        } else {
            let allowed: Vec<&str> = self.allowed_writes().collect();
            write!(f, "{} is not read-only:", self.role)?;
            if !self.select_works {
                write!(f, " cannot read any table;")?;
            }
            if !allowed.is_empty() {
                write!(f, " allowed {};", allowed.join(", "))?;
            }
            if !self.writable_tables.is_empty() {
                write!(f, " may write {}", self.writable_tables.join(", "))?;
            }
            Ok(())
        }
    }
}
