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

// Every sequence above starts with a character of DISALLOWED (ESC, C1, CR among them).
const NEEDS_SANITIZING = new RegExp(DISALLOWED.source);

export function sanitize(text: string): string {
  // Most text (every answer, label and feedback line of a class) has nothing to take out.
  if (!NEEDS_SANITIZING.test(text)) return text;
  return text
    .replace(ESCAPE_SEQUENCE, '')
    .replace(C1_CSI_OSC, '')
    .replace(/\r\n?/g, '\n')
    .replace(DISALLOWED, '');
}

/**
 * A field that must stay on its line (a set id, an item id, a name, a file name in a table):
 * sanitised, and any line break turned into a space so it cannot print a row of its own.
 */
export function sanitizeLine(text: string): string {
  return sanitize(text).replace(/[\n\u0085\u2028\u2029]+/g, ' ');
}

// JSON.stringify escapes C0 controls but writes C1 controls, bidi overrides and line
// separators raw: they would still act on a terminal that shows the JSON.
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/** JSON for stdout: the same data, with every character a terminal would act on written as \u escape. */
export function jsonText(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(
    RAW_IN_JSON,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * A copy of data read from a history or a sheet for a text view: every string in it, keys
 * too, made safe to print on one line. Views take their fields from the copy, so a field
 * added later is covered without anyone remembering to sanitise it.
 */
export function displayCopy<T>(value: T): T {
  if (typeof value === 'string') return sanitizeLine(value) as T;
  if (Array.isArray(value)) return value.map(displayCopy) as T;
  if (
    value !== null &&
    typeof value === 'object' &&
    Object.getPrototypeOf(value) === Object.prototype
  )
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [sanitizeLine(k), displayCopy(v)]),
    ) as T;
  return value;
}
