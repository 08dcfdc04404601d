import type { GeneratedFile } from '../../../../electron/shared/channels/script-channels';
import { t } from '../../i18n';
import { localizeMessage } from '../../i18n/localize';
import { CopyButton } from './CopyButton';
import { HighlightedCode } from './HighlightedCode';

const idOf = (path: string) => `script-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;

/**
 * One script: its title and path, a copy of the whole file, then each block with its plain-language line.
 * `headingLevel` fits the title into the page's outline (4 where the script sits under a section's h3).
 */
export function ScriptFileView({ file, headingLevel = 3 }: { file: GeneratedFile; headingLevel?: 3 | 4 }) {
  const id = idOf(file.path);
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="script-file" aria-labelledby={`${id}-title`} data-script={file.path}>
      <header className="script-file-header">
        <Heading id={`${id}-title`}>
          {localizeMessage(file.titleText, file.title)} <code className="script-path">{file.path}</code>
        </Heading>
        <CopyButton text={file.text} label={t('scripts.copyFile')} accessibleLabel={t('scripts.copyFileLabel', { file: file.path })} />
      </header>
      <ol className="script-blocks">
        {file.blocks.map((block, index) => (
          <li key={index} className="script-block">
            <div className="script-block-header">
              <p id={`${id}-block-${index}`} className="script-block-summary">
                {localizeMessage(block.summaryText, block.summary)}
              </p>
              <CopyButton text={block.code} label={t('scripts.copyBlock')} accessibleLabel={t('scripts.copyBlockLabel', { number: index + 1, file: file.path })} />
            </div>
            <HighlightedCode code={block.code} labelledBy={`${id}-block-${index}`} />
          </li>
        ))}
      </ol>
    </section>
  );
}
