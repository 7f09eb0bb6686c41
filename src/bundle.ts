// The one-file bundle (dist/access-key-elements.bundle.js): every tag defined, everything exported, Lit inside. In
// Node the package's `./bundle` export resolves to this module as built into dist/bundle.js instead, which imports Lit's
// server-safe build.
import './define.js';

export * from './index.js';
