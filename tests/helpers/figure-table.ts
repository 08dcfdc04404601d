/** Prints a benchmark's figures as an aligned two-column table (what, figure), under a title. */
export function printFigures(title: string, rows: readonly (readonly [string, string])[]): void {
  const width = Math.max(...rows.map(([what]) => what.length));
  console.log(['', title, ...rows.map(([what, figure]) => `  ${what.padEnd(width)}  ${figure}`), ''].join('\n'));
}

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
export const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
export const ms = (value: number) => `${value.toFixed(0)} ms`;
