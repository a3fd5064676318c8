import 'katex/dist/katex.min.css';
import './app/styles.css';
import './ui/widgets.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ensureEngine } from './state/engine';

void ensureEngine();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
