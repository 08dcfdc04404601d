/**
 * The report's HTML, built only through the tagged template `html`: every interpolated value is escaped
 * unless it is markup that `html` made itself. No value (a finding, a server's output, a file name) can put a
 * tag or an attribute into the report.
 */

const markupBrand = Symbol('markup');

export interface Markup {
  readonly [markupBrand]: true;
  readonly value: string;
}

const markup = (value: string): Markup => ({ [markupBrand]: true, value });

function isMarkup(value: unknown): value is Markup {
  return typeof value === 'object' && value !== null && markupBrand in value;
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => entities[char] as string);
}

type Part = Markup | string | number | null | undefined | readonly Part[];

function render(part: Part): string {
  if (part === null || part === undefined) return '';
  if (Array.isArray(part)) return part.map(render).join('');
  if (isMarkup(part)) return part.value;
  return escapeHtml(String(part));
}

/** Markup with escaped interpolations: html`<td>${value}</td>`. */
export function html(strings: TemplateStringsArray, ...parts: Part[]): Markup {
  return markup(strings.reduce((out, string, i) => out + string + (i < parts.length ? render(parts[i] as Part) : ''), ''));
}

/** The report's own stylesheet (a constant of this code, never data) for a <style> element, where entities do not apply. */
export function styleSheet(css: string): Markup {
  if (/<\/style/i.test(css)) throw new Error('a style sheet cannot close its <style> element');
  return markup(css);
}

export function toHtmlString(document: Markup): string {
  return document.value;
}
