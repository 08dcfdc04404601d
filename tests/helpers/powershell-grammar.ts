/**
 * The real PowerShell grammar (tree-sitter-powershell, WASM) for tests of generated scripts: parse errors, and
 * the list of commands a script calls with the parameter names each call uses.
 */
import { createRequire } from 'node:module';
import { Language, Parser, type Node } from 'web-tree-sitter';

const require = createRequire(import.meta.url);

let parser: Promise<Parser> | null = null;

function loadParser(): Promise<Parser> {
  parser ??= (async () => {
    const runtime = require.resolve('web-tree-sitter/web-tree-sitter.wasm');
    await Parser.init({ locateFile: () => runtime });
    const language = await Language.load(require.resolve('tree-sitter-powershell/tree-sitter-powershell.wasm'));
    const created = new Parser();
    created.setLanguage(language);
    return created;
  })();
  return parser;
}

/**
 * PowerShell's tokenizer treats the typographic quotes and dashes as their ASCII forms (‘ ’ ‚ ‛ as ', “ ” „ as ",
 * en/em dash and horizontal bar as -); the grammar knows only ASCII, so the text is mapped before parsing.
 * The mapping keeps every offset, so positions in the tree are positions in the script.
 */
export function asPowerShellReadsIt(text: string): string {
  return text.replace(/[\u2018\u2019\u201A\u201B]/g, "'").replace(/[\u201C\u201D\u201E]/g, '"').replace(/[\u2013\u2014\u2015]/g, '-');
}

export interface ParsedScript {
  /** Each ERROR or MISSING node: its kind and the line (1-based) it starts on. */
  problems: string[];
  commands: CommandCall[];
}

export interface CommandCall {
  /** The command's name as written, e.g. `Get-PartnerApplication`, or the script file an `&` call runs. */
  name: string;
  /** Parameter names without the dash or a trailing colon, in order. */
  parameters: string[];
  line: number;
  /** The conditions of the if / elseif branches the call sits in, innermost first (an else branch adds none). */
  guards: string[];
}

function commandName(node: Node): string {
  const nameNode = node.childForFieldName('command_name');
  const text = nameNode?.text ?? '';
  // `& "$exchangeScripts\Configure-EnterprisePartnerApplication.ps1"`: the script's file name is the command.
  const unquoted = text.replace(/^["']|["']$/g, '');
  return unquoted.split('\\').pop() ?? unquoted;
}

function guardsOf(node: Node): string[] {
  const guards: string[] = [];
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (child.type !== 'statement_block') continue;
    if (parent.type === 'if_statement' || parent.type === 'elseif_clause') {
      const condition = parent.childForFieldName('condition');
      if (condition) guards.push(condition.text);
    }
  }
  return guards;
}

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const child of node.children) if (child) walk(child, visit);
}

export async function parsePowerShell(text: string): Promise<ParsedScript> {
  const tree = (await loadParser()).parse(asPowerShellReadsIt(text));
  if (!tree) throw new Error('tree-sitter returned no tree');
  const problems: string[] = [];
  const commands: CommandCall[] = [];
  walk(tree.rootNode, (node) => {
    if (node.isError || node.isMissing) problems.push(`${node.isMissing ? 'MISSING' : 'ERROR'} ${node.type} at line ${node.startPosition.row + 1}: ${node.text.slice(0, 80)}`);
    if (node.type === 'command') {
      const parameters: string[] = [];
      const elements = node.childForFieldName('command_elements');
      for (const element of elements?.children ?? []) {
        if (element?.type === 'command_parameter') parameters.push(element.text.replace(/^-/, '').replace(/:$/, ''));
      }
      commands.push({ name: commandName(node), parameters, line: node.startPosition.row + 1, guards: guardsOf(node) });
    }
  });
  tree.delete();
  return { problems, commands };
}
