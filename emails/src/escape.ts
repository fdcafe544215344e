const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes a value for HTML text and for quoted attribute values alike (quotes included),
 * so the same placeholder can sit between tags or inside href="…".
 */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => entities[char]);
}
