//! Containers: force-removing containers, images and volumes (also through
//! the compose tools), and containers started with a host directory
//! mounted, whose command is read against the host: `docker run -v
//! /:/host alpine rm -rf /host` deletes the host's root, one level removed.

use super::super::argv::{has_flag, options};
use super::super::command::{Arg, Invocation};
use super::super::context::Context;
use super::super::{Risk, Rule};
use super::invocation;

/// Options of `docker run` (and `podman run`, `create`) that take a value.
const RUN_SHORT_WITH_VALUE: &str = "acehlmpuvw";
const RUN_LONG_WITH_VALUE: &[&str] = &[
    "add-host",
    "annotation",
    "attach",
    "blkio-weight",
    "cap-add",
    "cap-drop",
    "cgroup-parent",
    "cgroupns",
    "cidfile",
    "cpu-shares",
    "cpus",
    "cpuset-cpus",
    "device",
    "dns",
    "dns-search",
    "entrypoint",
    "env",
    "env-file",
    "expose",
    "gpus",
    "group-add",
    "health-cmd",
    "hostname",
    "ip",
    "ipc",
    "label",
    "link",
    "log-driver",
    "log-opt",
    "memory",
    "mount",
    "name",
    "network",
    "pid",
    "platform",
    "publish",
    "pull",
    "restart",
    "runtime",
    "security-opt",
    "shm-size",
    "stop-signal",
    "stop-timeout",
    "tmpfs",
    "ulimit",
    "user",
    "userns",
    "uts",
    "volume",
    "volumes-from",
    "workdir",
];

/// The checks of `docker`, `podman` and the compose tools.
pub(super) fn check(cx: &mut Context, name: &str, args: &[Arg]) {
    if name.ends_with("-compose") {
        compose(cx, args);
        return;
    }
    let start = options(args, "Hc", &["context", "host", "config", "log-level"]);
    let rest = &args[start.min(args.len())..];
    let words: Vec<&str> = rest.iter().map(|a| a.text.as_str()).collect();
    match words.as_slice() {
        ["rm" | "rmi", ..] => force_remove(cx, &rest[1..]),
        ["container" | "image", "rm", ..] => force_remove(cx, &rest[2..]),
        ["volume", "rm" | "prune", ..] => cx.risk(Risk::Uncertain, Rule::DockerForceRemove),
        ["compose", ..] => compose(cx, &rest[1..]),
        ["run" | "create", ..] => run(cx, &rest[1..]),
        ["container", "run" | "create", ..] => run(cx, &rest[2..]),
        _ => {}
    }
}

fn force_remove(cx: &mut Context, args: &[Arg]) {
    if has_flag(args, 'f', "force") {
        cx.risk(Risk::Uncertain, Rule::DockerForceRemove);
    }
}

/// `docker compose rm -f`, `docker-compose down -v` (volumes and their
/// data), `down --rmi all`.
fn compose(cx: &mut Context, args: &[Arg]) {
    let start = options(
        args,
        "fp",
        &[
            "file",
            "project-name",
            "profile",
            "env-file",
            "project-directory",
            "ansi",
            "parallel",
            "progress",
        ],
    );
    let rest = &args[start.min(args.len())..];
    match rest.first().map(|a| a.text.as_str()) {
        Some("rm") => force_remove(cx, &rest[1..]),
        Some("down")
            if has_flag(&rest[1..], 'v', "volumes")
                || rest[1..].iter().any(|a| a.text.starts_with("--rmi")) =>
        {
            cx.risk(Risk::Uncertain, Rule::DockerForceRemove);
        }
        _ => {}
    }
}

/// A host directory mounted into a container: where it appears inside,
/// and what it is on the host.
struct Mount {
    inside: String,
    host: String,
}

/// `run`/`create` with host directories mounted: the container's command
/// is read as if it ran on the host, with each mount's path inside mapped
/// back to the host path (`-v /:/host` makes `/host/etc` read `/etc`).
/// Without a host mount the command only touches the container.
fn run(cx: &mut Context, args: &[Arg]) {
    let opts = options(args, RUN_SHORT_WITH_VALUE, RUN_LONG_WITH_VALUE).min(args.len());
    let mut mounts = Vec::new();
    let mut workdir = None;
    let mut entrypoint = None;
    let mut i = 0;
    while i < opts {
        let t = args[i].text.as_str();
        let (option, value) = match t.split_once('=').filter(|(o, _)| o.starts_with("--")) {
            Some((o, v)) => (o, Some(v.to_owned())),
            None if ["-v", "-w"].contains(&t)
                || RUN_LONG_WITH_VALUE.contains(&t.trim_start_matches("--")) =>
            {
                i += 1;
                (t, args.get(i).map(|a| a.text.clone()))
            }
            None if t.starts_with("-v") || t.starts_with("-w") => {
                (&t[..2], Some(t[2..].to_owned()))
            }
            None => (t, None),
        };
        match (option, value) {
            ("-v" | "--volume", Some(v)) => mounts.extend(volume(&v)),
            ("--mount", Some(v)) => mounts.extend(bind_mount(&v)),
            ("-w" | "--workdir", Some(v)) => workdir = Some(v),
            ("--entrypoint", Some(v)) => entrypoint = Some(v),
            _ => {}
        }
        i += 1;
    }
    if mounts.is_empty() {
        return;
    }
    // The longest path inside first: `/host/etc` before `/host`.
    mounts.sort_by_key(|m| std::cmp::Reverse(m.inside.len()));
    let command = args[opts..].iter().skip(1);
    let argv: Vec<Arg> = entrypoint
        .iter()
        .map(|e| Arg::literal(e.as_str()))
        .chain(command.cloned())
        .map(|a| Arg {
            text: to_host(&a.text, &mounts),
            ..a
        })
        .collect();
    if argv.is_empty() {
        return;
    }
    let cwd = std::mem::replace(&mut cx.cwd, workdir.map(|w| to_host(&w, &mounts)));
    invocation(
        cx,
        Invocation {
            argv,
            ..Invocation::default()
        },
    );
    cx.cwd = cwd;
}

/// `-v HOST:INSIDE[:OPTIONS]` with a host path (a named volume has no
/// slash and is the container engine's, not the host's).
fn volume(spec: &str) -> Option<Mount> {
    let mut parts = spec.split(':');
    let host = parts.next()?;
    let inside = parts.next()?;
    (host.starts_with(['/', '~', '$', '.']) && inside.starts_with('/')).then(|| Mount {
        inside: inside.to_owned(),
        host: host.to_owned(),
    })
}

/// `--mount type=bind,source=/,target=/host`.
fn bind_mount(spec: &str) -> Option<Mount> {
    let (mut host, mut inside, mut bind) = (None, None, false);
    for field in spec.split(',') {
        match field.split_once('=') {
            Some(("type", t)) => bind = t == "bind",
            Some(("source" | "src", s)) => host = Some(s),
            Some(("target" | "destination" | "dst", d)) => inside = Some(d),
            _ => {}
        }
    }
    let (host, inside) = (host?, inside?);
    (bind && inside.starts_with('/')).then(|| Mount {
        inside: inside.to_owned(),
        host: host.to_owned(),
    })
}

/// `text` with every mounted path inside the container (as a whole path
/// component, anywhere in the word or in a script) replaced by the host
/// path it shows.
fn to_host(text: &str, mounts: &[Mount]) -> String {
    const BEFORE: &[char] = &[' ', '\t', '\n', ';', '&', '|', '(', '\'', '"', '=', '`'];
    const AFTER: &[char] = &[
        '/', ' ', '\t', '\n', ';', '&', '|', ')', '\'', '"', '`', '*',
    ];
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    'scan: while !rest.is_empty() {
        let at_start = out.is_empty() || out.ends_with(BEFORE);
        if at_start {
            for m in mounts {
                if let Some(after) = rest.strip_prefix(m.inside.as_str())
                    && (after.is_empty() || after.starts_with(AFTER))
                {
                    out.push_str(&m.host);
                    rest = after;
                    continue 'scan;
                }
            }
        }
        let mut chars = rest.chars();
        if let Some(c) = chars.next() {
            out.push(c);
        }
        rest = chars.as_str();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mounted_paths_read_as_host_paths() {
        let mounts = [
            Mount {
                inside: "/host/etc".into(),
                host: "/srv/etc".into(),
            },
            Mount {
                inside: "/host".into(),
                host: "/".into(),
            },
        ];
        assert_eq!(to_host("/host", &mounts), "/");
        assert_eq!(to_host("/host/*", &mounts), "//*");
        assert_eq!(to_host("rm -rf '/host/etc'", &mounts), "rm -rf '/srv/etc'");
        assert_eq!(
            to_host("/hostname /data/host", &mounts),
            "/hostname /data/host"
        );
        assert!(volume("/:/host:ro").is_some_and(|m| m.host == "/" && m.inside == "/host"));
        assert!(volume("data:/var/lib/db").is_none());
        assert!(bind_mount("type=bind,src=/home,dst=/h").is_some_and(|m| m.host == "/home"));
        assert!(bind_mount("type=volume,src=data,dst=/d").is_none());
    }
}
