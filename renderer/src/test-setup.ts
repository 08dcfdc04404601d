import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// The real backend and real debounces run under these tests; on a busy two-core CI machine a second is tight.
configure({ asyncUtilTimeout: 10_000 });
