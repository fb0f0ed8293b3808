// Markdown for the reports: text made safe as one line of inline content
// or a table cell, and tables appended line by line.

/** One line of text, safe as Markdown inline content and as a table cell. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_{}[\]()<>#+!|~]/g, (c) => `\\${c}`)
    .trim();
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/**
 * Appends a table line by line: spreading a long list into push() passes
 * every line as an argument, and 200,000 rows overflowed the call stack
 * (issue 10; the share-state bounds keep lists short, but an analysis
 * from the CLI has no such bound).
 */
export function appendTable(out: string[], header: string[], rows: string[][]): void {
  out.push(row(header), row(header.map(() => '---')));
  for (const cells of rows) out.push(row(cells));
  out.push('');
}
