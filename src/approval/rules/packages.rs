//! Packages: publishing to a registry, by any manager's own command (`npm
//! publish`, `yarn npm publish`, `cargo publish`, `twine upload`, `gem
//! push`, `mvn deploy`, `./gradlew publish`, ...). A manager run through
//! another (`npx npm publish`, `pnpm exec ..`, `uv run twine upload`) is
//! unwrapped first (see `argv::unwrap`).

use super::super::argv::operands;
use super::super::command::Arg;
use super::super::context::Context;
use super::super::{Risk, Rule};

/// The checks of a package manager.
pub(super) fn check(cx: &mut Context, name: &str, args: &[Arg]) {
    if publishes(name, args) {
        cx.risk(Risk::Uncertain, Rule::PackagePublish);
    }
}

/// Whether `name args..` publishes a package.
fn publishes(name: &str, args: &[Arg]) -> bool {
    let words: Vec<&str> = operands(args).map(|a| a.text.as_str()).collect();
    let any = |w: &[&str]| words.iter().any(|x| w.contains(x));
    match name {
        "gem" | "twine" | "dotnet" | "nuget" | "anaconda" => any(&["push", "upload"]),
        "helm" => words.first() == Some(&"push"),
        // `pod trunk push`, `pod repo push`.
        "pod" => words.get(1) == Some(&"push"),
        "mix" => any(&["hex.publish"]),
        "lein" => any(&["deploy"]),
        "mvn" | "mvnw" => words
            .iter()
            .any(|w| *w == "deploy" || w.starts_with("deploy:")),
        "gradle" | "gradlew" => words.iter().any(|w| {
            let task = w.rsplit(':').next().unwrap_or(w);
            task.starts_with("publish") && !task.ends_with("ToMavenLocal")
        }),
        "sbt" => words.iter().any(|w| {
            let task = w.trim_start_matches('+');
            task.starts_with("publish") && task != "publishLocal"
        }),
        // `yarn npm publish`, `dart pub publish`, `flutter pub publish`.
        _ => matches!(
            words.as_slice(),
            ["publish", ..] | ["npm" | "pub", "publish", ..]
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn publishes_words(name: &str, words: &str) -> bool {
        let args: Vec<Arg> = words.split_whitespace().map(Arg::literal).collect();
        publishes(name, &args)
    }

    #[test]
    fn every_managers_publish_command() {
        for (name, words) in [
            ("npm", "publish --access public"),
            ("yarn", "npm publish"),
            ("pnpm", "publish -r"),
            ("cargo", "publish"),
            ("dart", "pub publish"),
            ("mvn", "-B clean deploy"),
            ("mvnw", "deploy:deploy-file -Dfile=x.jar"),
            ("gradlew", ":lib:publishToSonatype"),
            ("sbt", "+publishSigned"),
            ("pod", "trunk push X.podspec"),
            ("mix", "hex.publish"),
            ("helm", "push chart.tgz oci://r"),
            ("dotnet", "nuget push x.nupkg"),
        ] {
            assert!(publishes_words(name, words), "{name} {words}");
        }
        for (name, words) in [
            ("npm", "run publish-docs"),
            ("gradlew", "publishToMavenLocal"),
            ("sbt", "publishLocal"),
            ("mvn", "clean install"),
            ("helm", "install x ./chart"),
            ("pod", "install"),
        ] {
            assert!(!publishes_words(name, words), "{name} {words}");
        }
    }
}
