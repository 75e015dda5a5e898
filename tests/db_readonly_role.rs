//! `docs/sql/readonly-role.sql` applied to a real PostgreSQL (the
//! machine's, on 127.0.0.1:5432): the role it makes reads and cannot write,
//! create, or become a writer, also for tables made after it; and the same
//! probe tells a role that can write. Each test makes and drops its own
//! database and roles. Without `psql` or a server the tests say so and
//! pass, unless `AGENT_HARDENING_REQUIRE_SERVICES=1`.

use std::path::Path;
use std::process::Command;

const HOST: &str = "127.0.0.1";

/// Runs one statement with `psql`; its output, or its error.
fn psql(dsn: &str, sql: &str) -> Result<String, String> {
    let out = Command::new("psql")
        .args([
            "-X",
            "-q",
            "-t",
            "-A",
            "-v",
            "ON_ERROR_STOP=1",
            "-d",
            dsn,
            "-c",
            sql,
        ])
        .output()
        .map_err(|e| e.to_string())?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).trim().to_owned())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).trim().to_owned())
    }
}

fn admin(sql: &str) -> Result<String, String> {
    psql(&format!("postgresql://{HOST}/test"), sql)
}

/// A database of the test's own with a table holding one row, and the
/// roles the test makes; all dropped at the end.
struct Scratch {
    db: String,
    roles: Vec<String>,
}

impl Scratch {
    fn new(name: &str) -> Option<Self> {
        if let Err(error) = admin("SELECT 1") {
            assert!(
                std::env::var("AGENT_HARDENING_REQUIRE_SERVICES").as_deref() != Ok("1"),
                "PostgreSQL is not reachable and AGENT_HARDENING_REQUIRE_SERVICES=1: {error}"
            );
            eprintln!("PostgreSQL is not reachable ({error}): skipping");
            return None;
        }
        let db = format!("ah_{name}_{}", std::process::id());
        let _ = admin(&format!("DROP DATABASE IF EXISTS {db} WITH (FORCE)"));
        admin(&format!("CREATE DATABASE {db}")).unwrap();
        let scratch = Self {
            db,
            roles: Vec::new(),
        };
        scratch
            .owner("CREATE TABLE customers (id int PRIMARY KEY, email text)")
            .unwrap();
        scratch
            .owner("INSERT INTO customers VALUES (1, 'ana@example.com')")
            .unwrap();
        Some(scratch)
    }

    /// A statement as the tables' owner (the connecting admin).
    fn owner(&self, sql: &str) -> Result<String, String> {
        psql(&format!("postgresql://{HOST}/{}", self.db), sql)
    }

    fn as_role(&self, role: &str, sql: &str) -> Result<String, String> {
        psql(&format!("postgresql://{role}@{HOST}/{}", self.db), sql)
    }

    fn apply_script(&mut self, role: &str) {
        self.roles.push(role.to_owned());
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/sql/readonly-role.sql");
        let out = Command::new("psql")
            .args([
                "-X",
                "-q",
                "-d",
                &format!("postgresql://{HOST}/{}", self.db),
            ])
            .args([
                "-v",
                &format!("role={role}"),
                "-v",
                "password=not-used-under-trust-auth",
            ])
            .arg("-f")
            .arg(script)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = admin(&format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.db));
        for role in &self.roles {
            let _ = admin(&format!("DROP ROLE IF EXISTS {role}"));
        }
    }
}

/// What a role can do, each write tried in a read-write transaction that
/// is rolled back, so a probe of a writer changes nothing.
#[derive(Debug, PartialEq, Eq)]
struct Probe {
    reads: bool,
    inserts: bool,
    updates: bool,
    deletes: bool,
    creates_tables: bool,
    becomes_the_owner: bool,
}

fn probe(scratch: &Scratch, role: &str, owner: &str) -> Probe {
    let tried = |statement: &str| {
        scratch
            .as_role(
                role,
                &format!("BEGIN; SET TRANSACTION READ WRITE; {statement}; ROLLBACK;"),
            )
            .is_ok()
    };
    Probe {
        reads: scratch
            .as_role(role, "SELECT count(*) FROM customers")
            .as_deref()
            == Ok("1"),
        inserts: tried("INSERT INTO customers VALUES (2, 'x@example.com')"),
        updates: tried("UPDATE customers SET email = 'y@example.com'"),
        deletes: tried("DELETE FROM customers"),
        creates_tables: tried("CREATE TABLE planted (id int)"),
        becomes_the_owner: tried(&format!("SET ROLE {owner}")),
    }
}

#[test]
fn the_script_makes_a_role_that_reads_and_cannot_write() {
    let Some(mut scratch) = Scratch::new("ro") else {
        return;
    };
    let role = format!("ah_ro_{}", std::process::id());
    scratch.apply_script(&role);
    let owner = scratch.owner("SELECT current_user").unwrap();
    assert_eq!(
        probe(&scratch, &role, &owner),
        Probe {
            reads: true,
            inserts: false,
            updates: false,
            deletes: false,
            creates_tables: false,
            becomes_the_owner: false,
        }
    );
    // The customer row is still the only one.
    assert_eq!(
        scratch.owner("SELECT count(*) FROM customers").as_deref(),
        Ok("1")
    );
    // A table the owner makes later is readable, and still not writable.
    scratch.owner("CREATE TABLE orders (id int)").unwrap();
    scratch.owner("INSERT INTO orders VALUES (7)").unwrap();
    assert_eq!(
        scratch.as_role(&role, "SELECT id FROM orders").as_deref(),
        Ok("7")
    );
    assert!(
        scratch
            .as_role(
                &role,
                "BEGIN; SET TRANSACTION READ WRITE; DELETE FROM orders; ROLLBACK;"
            )
            .is_err()
    );
    // The limits the document promises.
    assert_eq!(
        scratch.as_role(&role, "SHOW statement_timeout").as_deref(),
        Ok("30s")
    );
    assert_eq!(
        scratch
            .as_role(&role, "SHOW default_transaction_read_only")
            .as_deref(),
        Ok("on")
    );
    assert_eq!(
        admin(&format!(
            "SELECT rolconnlimit FROM pg_roles WHERE rolname = '{role}'"
        ))
        .as_deref(),
        Ok("5")
    );
}

#[test]
fn the_probe_tells_a_role_that_can_write() {
    let Some(mut scratch) = Scratch::new("rw") else {
        return;
    };
    let role = format!("ah_rw_{}", std::process::id());
    scratch.roles.push(role.clone());
    admin(&format!("CREATE ROLE {role} LOGIN")).unwrap();
    scratch
        .owner(&format!(
            "GRANT SELECT, INSERT, DELETE ON customers TO {role}"
        ))
        .unwrap();
    let owner = scratch.owner("SELECT current_user").unwrap();
    let found = probe(&scratch, &role, &owner);
    assert!(found.reads && found.inserts && found.deletes, "{found:?}");
    assert!(!found.updates && !found.becomes_the_owner, "{found:?}");
    // Rolled back: the probe wrote nothing.
    assert_eq!(
        scratch.owner("SELECT count(*) FROM customers").as_deref(),
        Ok("1")
    );
}

/// `verify_readonly` connects as the role and reaches the same verdicts;
/// the shield reads `verified` or `WRITABLE`.
#[cfg(feature = "postgres")]
#[tokio::test]
async fn verify_readonly_proves_the_role_from_the_database() {
    use agent_hardening::audit::Shield;
    use agent_hardening::audit::db_role::verify_readonly;

    /// The shield's `db-readonly-role` value and delta for `verdict`.
    fn shield_reads(verdict: agent_hardening::audit::db_role::ReadonlyVerdict) -> (String, i32) {
        let shield = Shield::builder().db_readonly_verified(verdict).build();
        let signal = shield
            .signals()
            .into_iter()
            .find(|s| s.name == "db-readonly-role")
            .unwrap();
        (signal.value, signal.delta)
    }

    let Some(mut scratch) = Scratch::new("verify") else {
        return;
    };
    let reader = format!("ah_vr_{}", std::process::id());
    scratch.apply_script(&reader);
    let writer = format!("ah_vw_{}", std::process::id());
    scratch.roles.push(writer.clone());
    admin(&format!("CREATE ROLE {writer} LOGIN")).unwrap();
    scratch
        .owner(&format!("GRANT SELECT, INSERT ON customers TO {writer}"))
        .unwrap();

    let dsn = |role: &str| format!("postgresql://{role}@{HOST}/{}", scratch.db);
    let verdict = verify_readonly(&dsn(&reader)).await.unwrap();
    assert!(verdict.is_read_only(), "{verdict:?}");
    assert_eq!(verdict.probed_table.as_deref(), Some("public.customers"));
    let tried: Vec<&str> = verdict.refused.iter().map(|(what, _)| *what).collect();
    assert_eq!(
        tried,
        [
            "insert",
            "update",
            "delete",
            "set_role_owner",
            "create_table"
        ]
    );
    assert_eq!(
        (verdict.connection_limit, verdict.statement_timeout.as_str()),
        (5, "30s")
    );
    assert_eq!(shield_reads(verdict), ("verified".to_owned(), 0));

    let verdict = verify_readonly(&dsn(&writer)).await.unwrap();
    assert!(!verdict.is_read_only());
    assert_eq!(verdict.allowed_writes().collect::<Vec<_>>(), ["insert"]);
    assert_eq!(verdict.writable_tables, ["public.customers"]);
    assert_eq!(shield_reads(verdict), ("WRITABLE".to_owned(), -25));
    // Nothing was written by the probes.
    assert_eq!(
        scratch.owner("SELECT count(*) FROM customers").as_deref(),
        Ok("1")
    );
    // A database that is not there is an error, not a verdict, and the
    // error does not repeat the DSN.
    let error = verify_readonly(&format!(
        "postgresql://{reader}:s3cret-pw@{HOST}/no_such_db_ah"
    ))
    .await
    .unwrap_err()
    .to_string();
    assert!(!error.contains("s3cret-pw"), "{error}");
}
