import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/provider';
import { flushOnHide } from './features/progress/use-case';
import './styles/tokens.css';
import './styles/base.css';
import './styles/wizard.css';
import './styles/print.css';

flushOnHide();

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks #root');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
