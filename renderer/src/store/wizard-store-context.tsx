import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createWizardStore, type WizardState, type WizardStore } from './wizard-store';

const WizardStoreContext = createContext<WizardStore | null>(null);

/** Gives its subtree a store of its own, so every App (and every test render) starts fresh. */
export function WizardStoreProvider({ children }: { children: ReactNode }) {
  const [store] = useState(createWizardStore);
  return <WizardStoreContext value={store}>{children}</WizardStoreContext>;
}

export function useWizard<T>(selector: (state: WizardState) => T): T {
  const store = useContext(WizardStoreContext);
  if (store === null) throw new Error('useWizard is used outside a WizardStoreProvider.');
  return useStore(store, selector);
}
