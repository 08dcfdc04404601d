import { useEffect } from 'react';
import { useAutosave } from './hooks/useAutosave';
import { t } from './i18n';
import { MessageRegions } from './shell/MessageRegions';
import { StepArea } from './shell/StepArea';
import { StepRail } from './shell/StepRail';
import { Toolbar } from './shell/Toolbar';
import { useWizard, WizardStoreProvider } from './store/wizard-store-context';

/** The whole renderer; each App has a store of its own. */
export function App() {
  return (
    <WizardStoreProvider>
      <Shell />
    </WizardStoreProvider>
  );
}

function Shell() {
  const project = useWizard((state) => state.project);
  const start = useWizard((state) => state.start);
  useEffect(() => {
    void start();
  }, [start]);
  useAutosave(project);

  return (
    <div className="app">
      <header className="app-header">
        <h1>{t('app.name')}</h1>
        <Toolbar />
      </header>
      <MessageRegions />
      <StepRail />
      <StepArea />
    </div>
  );
}
