/**
 * The report's only styling, inline (no external resource): a light theme whatever the viewer prefers, A4 pages
 * with each section starting on a new one, long commands and output wrapped rather than cut, and severity shown in
 * words and symbols, colour only adding to them.
 */
export const reportStyles = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { background: #ffffff; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; color: #1b1f24; background: #ffffff;
  font: 10.5pt/1.45 "Segoe UI", "Liberation Sans", Arial, sans-serif; }
h1 { font-size: 18pt; margin: 0 0 0.25rem; }
h2 { font-size: 14pt; margin: 0 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 2px solid #1b1f24; }
h3 { font-size: 11.5pt; margin: 1rem 0 0.4rem; }
p { margin: 0.35rem 0; }
.subtitle { color: #41484f; margin: 0 0 1rem; }
section { padding-top: 0.5rem; }
section + section { break-before: page; page-break-before: always; }
table { width: 100%; border-collapse: collapse; margin: 0.4rem 0 0.8rem; }
th, td { text-align: left; vertical-align: top; padding: 0.25rem 0.4rem; border: 1px solid #c9ced4; overflow-wrap: anywhere; }
th { background: #eef1f4; font-weight: 600; width: 30%; }
thead th { width: auto; }
tr, .finding, .evidence { break-inside: avoid; page-break-inside: avoid; }
code, pre, .mono { font-family: Consolas, "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 9pt; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f6f8fa; border: 1px solid #d6dbe0; padding: 0.5rem; margin: 0.3rem 0; }
.finding { border: 1px solid #c9ced4; border-left-width: 6px; padding: 0.4rem 0.6rem; margin: 0.5rem 0; }
.finding-error { border-left-color: #b3261e; }
.finding-warning { border-left-color: #9a6700; }
.finding-info { border-left-color: #0b5cad; }
.finding-ok { border-left-color: #1a7f37; }
.severity { font-weight: 700; letter-spacing: 0.02em; }
.finding-id { font-family: Consolas, "DejaVu Sans Mono", monospace; color: #41484f; }
.verdict { font-size: 12pt; font-weight: 700; }
.empty { color: #41484f; font-style: italic; }
.summary th { width: 40%; }
@page { size: A4; margin: 16mm 14mm; }
@media print { body { max-width: none; padding: 0; } }
`;
