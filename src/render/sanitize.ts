// Text from drill files, answer sheets and history is untrusted: it may carry escape
// sequences that recolour, retitle or rewrite the terminal. Keep printable text only.
// ESC + CSI, OSC, DCS/SOS/PM/APC strings, then any other two- or nF three-byte sequence
// (ESC c resets the terminal, ESC 7/8 save and restore the cursor, ESC ( B picks a charset).
const ESCAPE_SEQUENCE =
  /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[PX^_][^\u001b]*(?:\u001b\\)?|[ -/]*[0-~])/g;
// The same in 8-bit form: CSI, OSC, and DCS/SOS/PM/APC strings up to their terminator.
const C1_CSI_OSC =
  /\u009b[0-?]*[ -/]*[@-~]|\u009d[^\u0007\u009c]*[\u0007\u009c]?|[\u0090\u0098\u009e\u009f][^\u009c\u001b]*\u009c?/g;
const DISALLOWED =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function sanitize(text: string): string {
  return text
    .replace(ESCAPE_SEQUENCE, '')
    .replace(C1_CSI_OSC, '')
    .replace(/\r\n?/g, '\n')
    .replace(DISALLOWED, '');
}
