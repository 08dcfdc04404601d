/**
 * The Microsoft pages domain.md's sources table (§10) names, derived from its rows, for the test of the findings'
 * documentation links. A row gives a page in one of two ways:
 * - an https URL, written out as one word of the row;
 * - a repository (`owner/name` opening the row, or "same repo": the last repository a row opened with) and file
 *   paths in backticks, read at the commit of the row ("(commit …)"), else the commit the top of §10 gives for the
 *   repository, else the commit of the nearest row above in the same repository. The page is the file on GitHub:
 *   `https://github.com/<repo>/blob/<commit>/<path>`.
 * Paths are written as §10 abbreviates them: `{New,Set}-X.md` is one path per name; `…/X.md` is X.md in the folder
 * of the last path of the repository; `…/folder/X.md` is X.md under the last earlier path's `folder` (none: the path
 * is not understood and gives no page); a bare `X.md` after a path of the same row is in that path's folder.
 * When a row has as many keys as paths, the n-th key is the n-th path; otherwise each key may be any of them.
 * Only Microsoft's documentation repositories count (MicrosoftDocs/*, microsoft/CSS-Exchange).
 */
const microsoftRepository = /^(?:MicrosoftDocs\/[\w.-]+|microsoft\/CSS-Exchange)$/;
const filePath = /\.(?:md|ps1|config|xml|cs)$/;

interface Row {
  keys: string[];
  source: string;
}

/** The rows of §10's table: keys (`A / B`) and the source text (which may itself hold a `|` inside backticks). */
function rowsOf(sources: string): Row[] {
  return sources
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| Key |'))
    .map((line) => {
      const cells = line.slice(2).replace(/\s*\|\s*$/, '');
      const split = cells.indexOf(' | ');
      return { keys: cells.slice(0, split).split('/').map((key) => key.trim()), source: cells.slice(split + 3).trim() };
    });
}

function expandBraces(path: string): string[] {
  const braces = /\{([^}]+)\}/.exec(path);
  if (!braces) return [path];
  return braces[1]!.split(',').map((name) => path.replace(braces[0], name.trim()));
}

function folderOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1);
}

/** `rest` of a `…/rest` path: in the folder of the last earlier path, or under its first folder's name there. */
function underEarlierFolder(rest: string, earlier: readonly string[]): string | null {
  const segments = rest.split('/');
  if (segments.length === 1) {
    const last = earlier.at(-1);
    return last === undefined ? null : folderOf(last) + rest;
  }
  const folder = segments[0]!;
  for (const base of [...earlier].reverse()) {
    const folders = base.split('/').slice(0, -1);
    const at = folders.lastIndexOf(folder);
    if (at >= 0) return [...folders.slice(0, at), rest].join('/');
  }
  return null;
}

/** Key → the URLs its row names. */
export function domainSourcePages(domainMd: string): Map<string, Set<string>> {
  const sources = domainMd.slice(domainMd.indexOf('## 10. Sources'));
  const preamble = sources.slice(0, sources.indexOf('| Key |'));
  const topCommits = new Map([...preamble.matchAll(/`([\w.-]+\/[\w.-]+)`\s+@([0-9a-f]{7,40})/g)].map((m) => [m[1]!, m[2]!]));
  const rowCommits = new Map<string, string>();
  const pathsRead = new Map<string, string[]>();
  const pages = new Map<string, Set<string>>();
  let repository: string | null = null;

  for (const { keys, source } of rowsOf(sources)) {
    const urls = new Set(source.split(/\s+/).filter((word) => word.startsWith('https://')));
    const opening = /^([\w-]+\/[\w.-]+) /.exec(source);
    const rowRepository = source.startsWith('same repo ') ? repository : opening ? opening[1]! : null;
    if (opening) repository = opening[1]!;
    const perPath: (string | null)[] = [];
    if (rowRepository !== null) {
      const ownCommit = /\(commit ([0-9a-f]{7,40})\)/.exec(source)?.[1];
      if (ownCommit) rowCommits.set(rowRepository, ownCommit);
      const commit = ownCommit ?? topCommits.get(rowRepository) ?? rowCommits.get(rowRepository);
      const earlier = pathsRead.get(rowRepository) ?? [];
      pathsRead.set(rowRepository, earlier);
      let lastInRow: string | null = null;
      for (const written of [...source.matchAll(/`([^`]+)`/g)].map((m) => m[1]!).filter((text) => filePath.test(text))) {
        for (const abbreviated of expandBraces(written)) {
          const path: string | null = abbreviated.startsWith('…/')
            ? underEarlierFolder(abbreviated.slice(2), earlier)
            : abbreviated.includes('/')
              ? abbreviated
              : lastInRow === null
                ? null
                : folderOf(lastInRow) + abbreviated;
          if (path !== null) {
            earlier.push(path);
            lastInRow = path;
          }
          perPath.push(path !== null && commit !== undefined && microsoftRepository.test(rowRepository) ? `https://github.com/${rowRepository}/blob/${commit}/${path}` : null);
        }
      }
    }
    keys.forEach((key, index) => {
      const files = perPath.length === keys.length ? [perPath[index]] : perPath;
      pages.set(key, new Set([...urls, ...files.filter((url): url is string => url !== null)]));
    });
  }
  return pages;
}
