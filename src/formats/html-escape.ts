import { sanitize } from '../render/sanitize.js';

/** Untrusted text (drill content, answers, names) made safe for HTML text and attribute values. */
export function escapeHtml(text: string): string {
  return sanitize(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}
