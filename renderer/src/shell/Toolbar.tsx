import { t } from '../i18n';
import { useWizard } from '../store/wizard-store-context';
import { RecentProjects } from './RecentProjects';

/** The last part of a Windows or POSIX path. */
function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** New, Open, Save, Save as, and which file is being edited. */
export function Toolbar() {
  const loaded = useWizard((state) => state.project !== null);
  const path = useWizard((state) => state.path);
  const dirty = useWizard((state) => state.dirty);
  const newProject = useWizard((state) => state.newProject);
  const openProject = useWizard((state) => state.openProject);
  const saveProject = useWizard((state) => state.saveProject);

  return (
    <div className="toolbar" aria-label={t('toolbar.label')} role="group">
      <button type="button" onClick={() => void newProject()}>
        {t('toolbar.new')}
      </button>
      <button type="button" onClick={() => void openProject()}>
        {t('toolbar.open')}
      </button>
      <RecentProjects />
      <button type="button" disabled={!loaded} onClick={() => void saveProject('save')}>
        {t('toolbar.save')}
      </button>
      <button type="button" disabled={!loaded} onClick={() => void saveProject('save-as')}>
        {t('toolbar.saveAs')}
      </button>
      <span className="file-name" title={path ?? undefined}>
        {path === null ? t('toolbar.untitled') : fileName(path)}
      </span>
      {dirty && (
        <span className="unsaved">
          <span aria-hidden="true">● </span>
          {t('toolbar.unsavedChanges')}
        </span>
      )}
    </div>
  );
}
