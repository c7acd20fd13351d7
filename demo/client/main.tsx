/** @jsxImportSource react */
/** Browser entry of the demo portal: the server embeds the store as JSON in #demo-store. */
import { createRoot } from 'react-dom/client';
import type { DemoStore } from '../store/types';
import { App } from './app';

const data = document.getElementById('demo-store')?.textContent;
const root = document.getElementById('root');
if (!data || !root) throw new Error('demo portal: missing #demo-store or #root');
createRoot(root).render(<App store={JSON.parse(data) as DemoStore} />);
