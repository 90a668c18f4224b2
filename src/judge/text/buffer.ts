/**
 * A string under construction where every UTF-16 unit remembers the range of the original
 * text it came from, so a match in normalised text can be reported in the original.
 */
export interface MappedText {
  /** The units, one UTF-16 code unit each. */
  units: string[];
  /** Original start offset of each unit. */
  starts: number[];
  /** Original end offset (exclusive) of each unit. */
  ends: number[];
}

export function emptyMapped(): MappedText {
  return { units: [], starts: [], ends: [] };
}

/** Appends `text` (any length) as coming from original range [start, end). */
export function push(out: MappedText, text: string, start: number, end: number): void {
  for (let i = 0; i < text.length; i++) {
    out.units.push(text[i] as string);
    out.starts.push(start);
    out.ends.push(end);
  }
}

/** Copies unit i of `from` into `out` unchanged. */
export function copyUnit(out: MappedText, from: MappedText, i: number): void {
  out.units.push(from.units[i] as string);
  out.starts.push(from.starts[i] as number);
  out.ends.push(from.ends[i] as number);
}

/** Appends `text` as a replacement for units [i, j) of `from`. */
export function replaceUnits(
  out: MappedText,
  from: MappedText,
  i: number,
  j: number,
  text: string,
): void {
  push(out, text, from.starts[i] as number, from.ends[j - 1] as number);
}
