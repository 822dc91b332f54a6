import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

function Explorer() {
  return <main><h1>SCN Graph</h1></main>;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Explorer />
  </StrictMode>,
);
