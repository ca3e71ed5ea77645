import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  return (
    <main>
      <h1>Werkbrug</h1>
      <p>Vacatures en opleidingen in Zuid-Kennemerland en IJmond. De zoekpagina komt hier.</p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
