//! Cues of the `encoded-payload` family: an instruction to decode a payload and
//! obey it.

use super::{R, Spec, Strong, Weak, spec};

/// The encoded-payload cues, in the order they are tried.
pub(super) static SPECS: &[Spec] = &[
    spec(
        R::EncodedPayload,
        Strong,
        "(?:base`?64|rot`?13|hex|caesar|binary|morse|reversed?|encoded|encrypted)(?: (?:decode|decrypt|decipher|encoded|encrypted|text|string|message|payload|instructions?))*[^a-z0-9]+(?:and |then )?(?:follow|execute|obey|run|do|comply|act|perform|carry out)(?: (?:it|them|this|the|these|instructions?))*(?:[^a-z0-9]*(?::|$))",
    ),
    spec(
        R::EncodedPayload,
        Strong,
        "(?:decode|decrypt|decipher) (?:this|the following|it|the text|the message|the string)?(?: and| then)+ (?:follow|execute|obey|run|do|comply|act on|perform|carry out)",
    ),
    // Instruction words, readers and actions spelt backwards
    // (`snoitcurtsni suoiverp erongi`, `:tnatsissa`, `,etnetsisA`,
    // `drawrof`): weak alone; the pipeline reads the text reversed when
    // one is there.
    spec(
        R::EncodedPayload,
        Weak,
        "(?:erongi|dragersid|snoitcurtsni|tpmorp|drowssap|suoiverp|metsys|tegrof|terces|snekot|tnatsissa|etnetsisa|etnetsissa|tnetsissa|tnetsisa|tnetsysa|eicnetsysa|tobtahc|tnega|drawrof|daolpu|refsnart|eteled)",
    ),
];
