/**
 * A small document model for the runbook, rendered to Markdown and to self-contained HTML from the same
 * content, so the two never disagree. Text may hold `code spans` in backticks.
 */

export type DocNode =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; id?: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'warning'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'table'; head: string[]; rows: string[][] }
  | { kind: 'code'; text: string };

export function renderMarkdown(nodes: readonly DocNode[]): string {
  const cell = (text: string) => text.replaceAll('|', '\\|');
  const out: string[] = [];
  for (const node of nodes) {
    switch (node.kind) {
      case 'heading':
        out.push(`${'#'.repeat(node.level)} ${node.text}`);
        break;
      case 'paragraph':
        out.push(node.text);
        break;
      case 'warning':
        out.push(`> **Warning:** ${node.text}`);
        break;
      case 'list':
        out.push(node.items.map((item, i) => `${node.ordered ? `${i + 1}.` : '-'} ${item}`).join('\n'));
        break;
      case 'table':
        out.push(
          [`| ${node.head.map(cell).join(' | ')} |`, `|${node.head.map(() => '---').join('|')}|`, ...node.rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n'),
        );
        break;
      case 'code':
        out.push(['```powershell', node.text, '```'].join('\n'));
        break;
    }
  }
  return `${out.join('\n\n')}\n`;
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}

/** Escapes, then turns `code spans` and **bold** into elements. */
function inlineHtml(text: string): string {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
}

const style = [
  'body{font-family:"Segoe UI",system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}',
  'h1,h2,h3{line-height:1.25}h2{border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2rem}',
  'code,pre{font-family:Consolas,"Cascadia Mono",monospace;font-size:.9em}code{background:#f3f3f3;padding:0 .2em}',
  'pre{background:#f3f3f3;padding:.75rem;overflow-x:auto}table{border-collapse:collapse;width:100%}',
  'th,td{border:1px solid #bbb;padding:.35rem .5rem;text-align:left;vertical-align:top}th{background:#eee}',
  '.warning{border-left:.3rem solid #b35c00;background:#fff4e5;padding:.5rem .75rem}',
  '@media print{body{margin:0}a{color:inherit}}',
].join('\n');

export function renderHtml(title: string, nodes: readonly DocNode[], meta: Record<string, string>): string {
  const body: string[] = [];
  for (const node of nodes) {
    switch (node.kind) {
      case 'heading':
        body.push(`<h${node.level}${node.id ? ` id="${escapeHtml(node.id)}"` : ''}>${inlineHtml(node.text)}</h${node.level}>`);
        break;
      case 'paragraph':
        body.push(`<p>${inlineHtml(node.text)}</p>`);
        break;
      case 'warning':
        body.push(`<p class="warning" role="note"><strong>Warning:</strong> ${inlineHtml(node.text)}</p>`);
        break;
      case 'list': {
        const tag = node.ordered ? 'ol' : 'ul';
        body.push(`<${tag}>\n${node.items.map((item) => `<li>${inlineHtml(item)}</li>`).join('\n')}\n</${tag}>`);
        break;
      }
      case 'table':
        body.push(
          [
            '<table>',
            `<thead><tr>${node.head.map((h) => `<th scope="col">${inlineHtml(h)}</th>`).join('')}</tr></thead>`,
            '<tbody>',
            ...node.rows.map((row) => `<tr>${row.map((c) => `<td>${inlineHtml(c)}</td>`).join('')}</tr>`),
            '</tbody>',
            '</table>',
          ].join('\n'),
        );
        break;
      case 'code':
        body.push(`<pre><code>${escapeHtml(node.text)}</code></pre>`);
        break;
    }
  }
  const metaTags = Object.entries(meta).map(([name, content]) => `<meta name="${escapeHtml(name)}" content="${escapeHtml(content)}">`);
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    ...metaTags,
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${style}\n</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
