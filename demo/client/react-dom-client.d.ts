// react-dom ships no types and @types/react-dom is not installed: the demo needs only createRoot.
declare module 'react-dom/client' {
  import type { ReactNode } from 'react';
  export function createRoot(container: Element): { render(node: ReactNode): void; unmount(): void };
}
