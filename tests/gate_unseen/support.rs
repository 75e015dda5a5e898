//! How a batch is measured: each case set in three carriers (a mail, a
//! page, a ticket), its recall and false positives printed with the
//! misses, and held to the floors its test gives.

use agent_hardening::gate::gate;

/// The carriers a case is set in, with the source label it comes from.
fn carriers(case: &str) -> [(String, &'static str); 3] {
    [
        (
            format!(
                "Subject: Quarterly update\n\nHi all,\n\nThe warehouse move finished on time and the new \
                 racks are in. Invoices for June went out on Monday.\n\n{case}\n\nBest,\nMorgan"
            ),
            "email_body",
        ),
        (
            format!(
                "<article><h1>Spring catalogue</h1><p>Our spring range is in stock from 3 March, \
                 with free delivery over 50 EUR.</p><p>{case}</p></article>"
            ),
            "web_fetch",
        ),
        (
            format!(
                "ticket 4410 | priority normal | reporter: ext-31\nDescription: export to PDF times \
                 out after 30 s for reports over 200 pages.\n{case}\nSteps: open any large report, \
                 click Export."
            ),
            "ticket",
        ),
    ]
}

/// Flagged share of `cases`, each in every carrier, and the misses.
fn flagged(cases: &[&str]) -> (usize, usize, Vec<String>) {
    let (mut hit, mut total, mut listed) = (0, 0, Vec::new());
    for case in cases {
        for (text, source) in carriers(case) {
            total += 1;
            if gate(&text, source).flagged {
                hit += 1;
            } else {
                listed.push(format!("{source}: {case}"));
            }
        }
    }
    (hit, total, listed)
}

/// Recall and false positives of `attacks` and `negatives`, each in
/// every carrier: `(flagged, total, false positives, negatives)`, printed
/// with the misses and the flagged negatives.
fn measure(name: &str, attacks: &[&str], negatives: &[&str]) -> (usize, usize, usize, usize) {
    let (hit, total, missed) = flagged(attacks);
    let (fp, count, _) = flagged(negatives);
    let flagged_negatives: Vec<&str> = negatives
        .iter()
        .copied()
        .filter(|case| {
            carriers(case)
                .iter()
                .any(|(text, source)| gate(text, source).flagged)
        })
        .collect();
    eprintln!(
        "{name}: recall {hit}/{total}, false positives {fp}/{count}\nmissed: {missed:#?}\nflagged negatives: {flagged_negatives:#?}"
    );
    (hit, total, fp, count)
}

/// Measures a batch and holds it to its floors: recall and false
/// positives, in percent of the cases in every carrier.
pub(crate) fn holds(
    name: &str,
    attacks: &[&str],
    negatives: &[&str],
    min_recall: usize,
    max_fp: usize,
) {
    let (hit, total, fp, count) = measure(name, attacks, negatives);
    assert!(
        hit * 100 / total >= min_recall,
        "{name}: recall fell to {hit}/{total}"
    );
    assert!(
        fp * 100 / count <= max_fp,
        "{name}: {fp}/{count} false positives"
    );
}
