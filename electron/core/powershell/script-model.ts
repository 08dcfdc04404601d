/** A generated file of the bundle, and a PowerShell script as the wizard shows it: blocks, each with one line saying what it does. */
import type { Message } from '../messages.js';

export type BundleSide = 'exchange' | 'lync' | 'both';

export interface ScriptBlock {
  /** One plain-language line: what this block does (script-texts.ts). The script says it in English. */
  summary: Message;
  /** PowerShell, lines joined with \n. */
  code: string;
}

/** A block as a bundle file carries it: the line in English as the script has it, and as a message for the UI. */
export interface BundleBlock {
  summary: string;
  summaryText: Message;
  code: string;
}

/** Where, by whom and in which shell a script runs; the header and the runbook say it. */
export interface RunContext {
  side: BundleSide;
  shell: string;
  who: string;
  where: string;
}

export interface ScriptSpec {
  /** Path in the bundle, with forward slashes (e.g. rollback/undo-01-exchange-trust-lync.ps1). */
  path: string;
  title: Message;
  run: RunContext;
  /** What the script changes, in one sentence ("nothing" for the read-only ones). */
  changes: string;
  /** The rollback script that undoes it, if any. */
  undo: string | null;
  blocks: ScriptBlock[];
}

/** One file of the bundle as the wizard and the CLI list it; `text` uses \n line ends (CRLF and the BOM are added on writing). */
export interface BundleFile {
  path: string;
  /** In English, as the runbook and the CLI list it. */
  title: string;
  /** The same as a message, for the UI to say in the user's language. */
  titleText: Message;
  kind: 'powershell' | 'markdown' | 'html';
  side: BundleSide;
  text: string;
  /** PowerShell only: the blocks the text is made of, in order. */
  blocks: BundleBlock[];
}

export interface GenerationContext {
  toolVersion: string;
  /** Names the project in each header: its SIP domain, and the project file's name when known. */
  projectLabel: string;
  generatedAt: Date;
}
