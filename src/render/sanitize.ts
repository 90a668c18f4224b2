// Text from drill files, answer sheets and history is untrusted: it may carry escape
// sequences that recolour, retitle or rewrite the terminal. Keep printable text only.
const ESCAPE_SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[PX^_][^\u001b]*(?:\u001b\\)?|[@-Z\\-_])/g;
const C1_CSI_OSC = /\u009b[0-?]*[ -/]*[@-~]|\u009d[^\u0007\u009c]*[\u0007\u009c]?/g;
const DISALLOWED = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function sanitize(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(C1_CSI_OSC, '').replace(/\r\n?/g, '\n').replace(DISALLOWED, '');
}
