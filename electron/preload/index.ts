import { contextBridge, ipcRenderer } from 'electron';
import { createWizardApi } from './wizard-api.js';

contextBridge.exposeInMainWorld(
  's2s',
  createWizardApi((channel, ...args) => ipcRenderer.invoke(channel, ...args)),
);
