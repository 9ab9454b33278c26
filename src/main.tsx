import { startApp } from './app/start-app';
import { flushOnHide } from './features/progress/use-case';
import './styles/tokens.css';
import './styles/base.css';
import './styles/wizard.css';
import './styles/print.css';

flushOnHide();

const container = document.getElementById('root');
if (!container) throw new Error('The page lacks #root');
void startApp(container);
