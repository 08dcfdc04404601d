import { bench, describe } from 'vitest';
import { exampleProject } from '../../../tests/helpers/example-project.js';
import { generateBundle } from './bundle.js';
import { bundleZip } from './write-bundle.js';

const now = new Date('2026-11-26T09:00:00Z');
const input = (options = {}) => ({ project: exampleProject({}, options), projectFileName: 'litwareinc.s2s.json', toolVersion: '0.1.0', now, exchangeAuthCertificate: null });
const example = input();
const everyOption = input({ archiving: true, unifiedContactStore: true, trustAnySslCertificate: true });
const generated = generateBundle(everyOption);
if (!generated.ok) throw new Error(generated.error.message);
const files = generated.value.files;

describe('script bundle', () => {
  bench('generate the bundle for the example project (each option change in the trust steps)', () => {
    generateBundle(example);
  });

  bench('generate the bundle with every option (13 files)', () => {
    generateBundle(everyOption);
  });

  bench('pack the 13-file bundle as a zip (BOM, CRLF, deflate)', () => {
    bundleZip(files, now);
  });
});
