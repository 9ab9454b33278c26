// The browser's router over the shared routes; a prerendered page hands it the loader data it was rendered with.
import { createBrowserRouter, type HydrationState } from 'react-router';
import { routerBasename, routes } from './routes';

export const createRouter = (hydrationData?: HydrationState) =>
  createBrowserRouter(routes, { basename: routerBasename(), ...(hydrationData ? { hydrationData } : {}) });

export type AppRouter = ReturnType<typeof createRouter>;
