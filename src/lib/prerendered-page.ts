// Whether the page on screen is the prerendered one the visit began with, hydrated from its HTML, or one the app drew
// itself (after a navigation, or where no page was built). A part may then leave the server's HTML in place until it
// is needed instead of loading its code at once.
let prerendered = false;

/** Called as a prerendered page is hydrated; true until the first navigation starts. */
export function hydratingPrerenderedPage(router: { subscribe: (listener: () => void) => () => void }): void {
  prerendered = true;
  const stop = router.subscribe(() => {
    prerendered = false;
    stop();
  });
}

export const isPrerenderedPage = (): boolean => prerendered;
