import { createElement, lazy, type ComponentType } from 'react';

/** A component whose code loads on demand, and which can be loaded ahead (`preload`). */
export type LazyPart<P extends object> = ComponentType<P> & { preload: () => Promise<unknown> };

/**
 * Like React.lazy, but once its code is loaded it renders at once instead of suspending for a moment. A prerendered
 * page loads the parts it shows before it hydrates, so the browser's first render is the HTML on screen, in one pass:
 * a part hydrated later would, until then, ignore what is typed into it.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let loaded: ComponentType<P> | undefined;
  const preload = () =>
    load().then((component) => {
      loaded = component;
      return { default: component };
    });
  const Lazy = lazy(preload);
  const Part = (props: P) => createElement(loaded ?? Lazy, props);
  return Object.assign(Part, { preload });
}
