import { useEffect } from 'react';
import { useAutosave } from './hooks/useAutosave';
import { useUnsavedReport } from './hooks/useUnsavedReport';
import { t } from './i18n';
import { usePreferences } from './preferences/preferences-store';
import { AboutDialog } from './shell/AboutDialog';
import { MessageRegions } from './shell/MessageRegions';
import { PreferenceSwitches } from './shell/PreferenceSwitches';
import { StepArea } from './shell/StepArea';
import { StepRail } from './shell/StepRail';
import { Toolbar } from './shell/Toolbar';
import { StepStatusProvider } from './store/step-status-context';
import { useWizard, WizardStoreProvider } from './store/wizard-store-context';

/** The whole renderer; each App has a store of its own. */
export function App() {
  return (
    <WizardStoreProvider>
      <StepStatusProvider>
        <Shell />
      </StepStatusProvider>
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
  useUnsavedReport();
  // t() reads the language when called: subscribing here re-renders the whole shell when it changes.
  usePreferences((state) => state.language);

  return (
    <div className="app">
      <header className="app-header">
        <h1>{t('app.name')}</h1>
        <Toolbar />
        <PreferenceSwitches />
      </header>
      <MessageRegions />
      <div className="sidebar">
        <StepRail />
        <AboutDialog />
      </div>
      <StepArea />
    </div>
  );
}
