//! Cues of the `addressed-to-ai` family that name the reader only by the
//! work a machine does on the text at hand, then oblige it, in the English
//! shapes a sentence-wide look does not hold: `any automated processing
//! of this message is to include ..`, `upon parsing this invoice, the
//! status is to be set ..`, `this document, once indexed, authorises the
//! indexing system to ..`. (The same orders in any grammar and in the
//! gate's other languages are read by
//! [`crate::gate::detectors::frame`]'s look at whatever processes the
//! text.) Compliance text speaks of systems and processing too (`every
//! system that processes card data must be PCI compliant`), but of data
//! in general, not of this very text.

use super::{R, Spec, Strong, spec};

/// The text at hand, after `this`, in English.
macro_rules! this_text {
    () => {
        "(?:this|these) (?:{w} )?(?:message|messages|mail|email|e mail|document|doc|page|ticket|thread|invoice|file|text|article|record|records|note|form|conversation|chat|post|review|listing|entry|row|rows|sheet|report|request|order|submission|profile|annex|appendix|agreement|contract|clause|section|minutes|invite|invitation|event|description|comment|reply)"
    };
}

/// An obligation in English.
macro_rules! obliged {
    () => {
        "(?:is to|are to|must|shall|should|needs? to|has to|have to|(?:is|are) (?:instructed|required|expected|directed|asked) to)"
    };
}

/// What an injection obliges the machine to do, in English: act, pass
/// on, leave out or dictate (not a property it must have: `must be
/// compliant`, `should support UTF-8`).
macro_rules! act {
    () => {
        "(?:{w} )?(?:include|forward|send|copy|drop|delete|remove|omit|leave out|describe|say|state|mention|recommend|tell|warn|mark|set|approve|pay|transfer|share|export|upload|post|grant|disable|skip|ignore|disregard|cancel|cc|bcc|email|reply|respond|report|rate|rank|present|call|treat|forget|remember|store|save|add|reveal|print|output|append|be (?:set|marked|treated|forwarded|sent|deleted|approved|paid|shared|exported|ignored|skipped|disabled))"
    };
}

/// The acts of [`act`] that no format's documentation asks of a program
/// that reads a file (`tools that read this file should ignore unknown
/// keys`, `.. must treat unknown elements as text`, `.. should reply with
/// an acknowledgement`): data passed on, rules set aside, words dictated.
macro_rules! consequential_act {
    () => {
        "(?:{w} )?(?:forward|send|copy|delete|omit|leave out|describe|say|state|mention|recommend|tell|warn|approve|pay|transfer|share|export|upload|post|grant|disable|skip|disregard|cancel|cc|bcc|email|forget|reveal|mark (?:{w} ){0,3}as (?:trusted|safe|verified|approved|paid|legitimate|resolved|allowed)|(?:drop|ignore) (?:the |all |any )?(?:previous|prior|earlier|existing|above|approval|safety|security|other)|be (?:forwarded|sent|deleted|approved|paid|shared|exported|skipped|disabled))"
    };
}

/// The cues, in the order they are tried.
pub(super) static SPECS: &[Spec] = &[
    // `Any automated processing of this message is to include ..`,
    // `automated summaries of this ticket must omit ..`.
    spec(
        R::AddressedToAi,
        Strong,
        concat!(
            "(?:automated|automatic|machine|ai|llm|model) (?:processing|parsing|handling|reading|analysis|summary|summaries|summari[sz]ation|triage|review|responses?|replies|answers?|translations?) (?:of|for|to|from) ",
            this_text!(),
            " (?:{w} ){0,3}",
            obliged!(),
            " ",
            act!()
        ),
    ),
    // `Systems that ingest this document are instructed to drop ..`.
    spec(
        R::AddressedToAi,
        Strong,
        concat!(
            "(?:systems?|tools?|programs?|software|pipelines?|parsers?|crawlers?|indexers?|models?|machines?|scripts?|integrations?|automations?|processors?) (?:that |which )?(?:ingests?|process|processes|parses?|reads?|index|indexes|summari[sz]es?|handles?|analy[sz]es?|loads?|receives?|scans?|consumes?) ",
            this_text!(),
            " (?:{w} ){0,2}",
            obliged!(),
            " ",
            consequential_act!()
        ),
    ),
    // `When this page is summarised, the result must recommend ..`.
    spec(
        R::AddressedToAi,
        Strong,
        concat!(
            "when ",
            this_text!(),
            " (?:is|are) (?:being )?(?:summari[sz]ed|processed|parsed|indexed|ingested|analy[sz]ed|triaged|translated|read by (?:an? |the |any )?(?:ai|model|machine|system|tool|llm)) (?:the )?(?:result|summary|output|response|answer|reply|model|system|tool|translation) ",
            obliged!(),
            " ",
            act!()
        ),
    ),
    // `Upon parsing this invoice, the payment status is to be set ..`.
    spec(
        R::AddressedToAi,
        Strong,
        concat!(
            "upon (?:parsing|processing|indexing|ingesting|reading|summari[sz]ing|loading|scanning|analy[sz]ing) ",
            this_text!(),
            "(?: {w}){0,6} ",
            obliged!(),
            " ",
            act!()
        ),
    ),
    // `This document, once indexed, authorises the indexing system to ..`.
    spec(
        R::AddressedToAi,
        Strong,
        concat!(
            this_text!(),
            " once (?:indexed|ingested|parsed|processed|read|loaded|retrieved|summari[sz]ed) (?:authori[sz]es|permits|allows|instructs|requires|directs|entitles) (?:the |any |every )?(?:{w} )?(?:system|model|agent|assistant|ai|tool|indexer|crawler|reader|pipeline)"
        ),
    ),
    // `It is required that the summary of this thread describe the vendor
    // as ..` (not `.. include all findings`: what a summary holds).
    spec(
        R::AddressedToAi,
        Strong,
        concat!(
            "it is (?:required|mandatory|expected|necessary|essential) that (?:the |any |every |each )?(?:summary|summaries|response|responses|answer|answers|reply|replies|output) (?:of|to|for|about) ",
            this_text!(),
            " (?:describe|say|state|mention|present|call|portray|claim|report|recommend|omit|leave out)"
        ),
    ),
];
