// React 19 passes properties to custom elements and listens to their events natively: no wrapper needed.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import type {} from '../src/react/index.js';
import '../src/define.js';
import { MemoryAccessKeyApi, type AccessKeyErrorEvent, type AccessKeyGeneratedEvent } from '../src/index.js';

const api = new MemoryAccessKeyApi({ latency: 300 });

function App() {
  const [log, setLog] = useState<string[]>([]);
  const add = (line: string) => setLog((lines) => [...lines, line]);
  return (
    <>
      <access-key-section
        api={api}
        heading-level={2}
        onaccess-key-generated={(event: AccessKeyGeneratedEvent) => add(`generated “${event.key.name}”`)}
        onaccess-key-removed={(event) => add(`removed “${event.key.name}”`)}
        onaccess-key-copied={(event) => add(`copied “${event.key.name}”`)}
        onaccess-key-limit-reached={(event) => add(`limit of ${event.limit} reached`)}
        onaccess-key-error={(event: AccessKeyErrorEvent) => add(`${event.operation} failed`)}
      />
      <h2>Events React heard</h2>
      <ol aria-live="polite">{log.map((line, i) => <li key={i}>{line}</li>)}</ol>
    </>
  );
}

createRoot(document.getElementById('app')!).render(<App />);
