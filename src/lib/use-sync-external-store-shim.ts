// react-i18next imports useSyncExternalStore from the shim package, for React versions before 18. React 19 has it, and
// the shim's own copy only adds bytes to every cold visit: builds resolve the shim to React's (vite.config.ts).
export { useSyncExternalStore } from 'react';
