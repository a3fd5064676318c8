import 'katex/dist/katex.min.css';
import './app/styles.css';
import './ui/widgets.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ensureEngine } from './state/engine';
import { restoreFromHash } from './state/permalink';

void ensureEngine();
// Widgets register their permalink restorers at import time (through App), so links apply now.
restoreFromHash();
window.addEventListener('hashchange', () => restoreFromHash());
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
