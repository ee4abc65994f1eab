/**
 * Installs public/sw.js, which keeps the app shell on the device so the officer's report screen
 * opens offline. Production builds only: in development Vite serves unbundled modules that the
 * worker's cache would pin, and stale code there costs more than offline is worth.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker
      .register(`${import.meta.env.BASE_URL}sw.js`)
      .catch((error: unknown) => console.error('The offline app shell could not be installed', error));
  };
  // After the page has loaded, so precaching does not compete with the first screen.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
