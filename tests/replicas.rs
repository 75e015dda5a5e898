//! Three demo servers sharing one Redis, as an operator runs replicas
//! behind a load balancer: lockouts, caps, the kill switch and the approval
//! mode hold across them, and when Redis stops and comes back each path
//! does what `docs/replicas.md` says, without a restart.
#![cfg(feature = "redis")]

mod common;
mod store_support;

use std::time::{Duration, Instant};

use common::{Server, TOKEN};
use serde_json::json;
use store_support::RedisServer;

/// Polls `check` until it holds, for at most `within`.
fn eventually(within: Duration, what: &str, mut check: impl FnMut() -> bool) {
    let started = Instant::now();
    while !check() {
        assert!(started.elapsed() < within, "{what}: not within {within:?}");
        std::thread::sleep(Duration::from_millis(25));
    }
}

fn shared_store_signal(server: &Server) -> String {
    let (status, _, report) = server.request("GET", "/api/security/status", None);
    assert_eq!(status, 200);
    report["signals"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "shared-store")
        .map(|s| s["value"].as_str().unwrap().to_owned())
        .unwrap()
}

#[test]
fn three_replicas_share_their_limits_and_survive_redis_going_away() {
    let Some(mut redis) = RedisServer::start() else {
        return;
    };
    let url = redis.url();
    let env = [
        ("AGENT_REDIS_URL", url.as_str()),
        ("AGENT_REDIS_PREFIX", "replicas-test"),
        ("AGENT_AUTH_MAX_FAILURES", "6"),
    ];
    let replicas: Vec<Server> = std::thread::scope(|scope| {
        let starting: Vec<_> = (0..3)
            .map(|_| scope.spawn(|| Server::start(&env)))
            .collect();
        starting.into_iter().map(|s| s.join().unwrap()).collect()
    });
    for replica in &replicas {
        assert_eq!(shared_store_signal(replica), "connected");
    }

    // 100 concurrent e-mails spread over the replicas: exactly 5 pass.
    let statuses: Vec<u16> = std::thread::scope(|scope| {
        let calls: Vec<_> = (0..100)
            .map(|i| {
                let replica = &replicas[i % 3];
                scope.spawn(move || {
                    replica
                        .tool("send_email", json!({"to": "ops@example.com"}))
                        .0
                })
            })
            .collect();
        calls.into_iter().map(|c| c.join().unwrap()).collect()
    });
    assert_eq!(
        statuses.iter().filter(|&&s| s == 200).count(),
        5,
        "{statuses:?}"
    );
    assert_eq!(statuses.iter().filter(|&&s| s == 429).count(), 95);

    // The kill switch flipped through one replica stops all three within a second.
    let lookup = json!({"customer_id": "c_42"});
    let (status, _, _) = replicas[0].request(
        "PUT",
        "/api/admin/kill-switch",
        Some(&json!({"active": true})),
    );
    assert_eq!(status, 200);
    let flipped = Instant::now();
    for replica in &replicas {
        eventually(
            Duration::from_secs(1).saturating_sub(flipped.elapsed()),
            "paused",
            || replica.tool("lookup_customer", lookup.clone()).0 == 503,
        );
    }
    let (status, _, _) = replicas[0].request(
        "PUT",
        "/api/admin/kill-switch",
        Some(&json!({"active": false})),
    );
    assert_eq!(status, 200);
    for replica in &replicas {
        eventually(Duration::from_secs(1), "resumed", || {
            replica.tool("lookup_customer", lookup.clone()).0 == 200
        });
    }

    // The approval mode set through one replica tightens the others.
    let (status, _, _) = replicas[1].request(
        "PUT",
        "/api/admin/approval-mode",
        Some(&json!({"mode": "manual"})),
    );
    assert_eq!(status, 200);
    eventually(Duration::from_secs(1), "manual mode on replica 3", || {
        replicas[2].tool("lookup_customer", lookup.clone()).0 == 409
    });
    replicas[2].request(
        "PUT",
        "/api/admin/approval-mode",
        Some(&json!({"mode": "smart"})),
    );
    for replica in &replicas {
        eventually(Duration::from_secs(1), "smart mode again", || {
            replica.tool("lookup_customer", lookup.clone()).0 == 200
        });
    }

    // Redis stops: every path answers quickly, none with a 500.
    redis.stop();
    let started = Instant::now();
    let (status, body) = replicas[0].tool("send_email", json!({"to": "ops@example.com"}));
    assert_eq!(
        (status, body["error"].as_str()),
        (429, Some("anomaly_gate_blocked")),
        "caps fail closed"
    );
    assert_eq!(
        replicas[1].tool("lookup_customer", lookup.clone()).0,
        200,
        "the kill switch keeps its last value"
    );
    let (status, _, body) = replicas[2].request(
        "PUT",
        "/api/admin/kill-switch",
        Some(&json!({"active": false})),
    );
    assert_eq!(
        (status, body["error"].as_str()),
        (503, Some("shared_store_unavailable"))
    );
    let (status, ..) = replicas[0].send_as(
        Some("wrong"),
        "GET",
        "/api/gate/coverage",
        "application/json",
        "",
    );
    assert_eq!(status, 401, "lockouts count in the replica's memory");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    for replica in &replicas {
        assert_eq!(shared_store_signal(replica), "degraded");
    }
    // Each fallback is an event with stable fields.
    let log = replicas[0].wait_for_log("shared store unavailable: falling back");
    let event = log
        .lines()
        .find(|l| l.contains("operation=\"cap-check\""))
        .unwrap_or_else(|| panic!("no cap-check fallback event:\n{log}"));
    for field in [
        "store=\"redis\"",
        "state=\"degraded\"",
        "fallback=\"refuse\"",
        "error=",
    ] {
        assert!(event.contains(field), "{field} in {event}");
    }

    // Redis comes back (empty, as after a crash): used again, no restart.
    redis.resume();
    eventually(
        Duration::from_secs(10),
        "caps counted in Redis again",
        || {
            replicas[0]
                .tool("send_email", json!({"to": "ops@example.com"}))
                .0
                == 200
        },
    );
    for replica in &replicas {
        eventually(Duration::from_secs(5), "connected again", || {
            shared_store_signal(replica) == "connected"
        });
    }

    // Bad tokens sent round robin lock the client on every replica after 6
    // failures in all (not 6 per replica).
    for i in 0..6 {
        let (status, ..) = replicas[i % 3].send_as(
            Some("guess"),
            "GET",
            "/api/gate/coverage",
            "application/json",
            "",
        );
        assert_eq!(status, 401, "failure {}", i + 1);
    }
    for replica in &replicas {
        let (status, head, _) = replica.send_as(
            Some(TOKEN),
            "GET",
            "/api/gate/coverage",
            "application/json",
            "",
        );
        assert_eq!(status, 429);
        assert!(head.contains("retry-after:"), "{head}");
    }
}
