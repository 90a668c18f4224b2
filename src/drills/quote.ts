// Names and keys from files and arguments go into messages that reach a terminal. Quoted with
// their control, escape and bidi characters spelled out (\u001b), a message shows exactly what
// is wrong with them and can neither recolour nor retitle the terminal.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Longer names are cut: a message names a thing, it does not reprint a file. */
const MAX_SHOWN = 80;

/** `"name"`, with unprintable characters written as \uXXXX and at most 80 characters of it. */
export function quoted(text: string): string {
  const shown = text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
  return `"${shown.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
}
