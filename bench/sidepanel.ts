/** Side panel first render with 10,000 stored orders (issue 7). Wired once the panel lands. */
import { unavailable, type Figure } from './figures';

export async function sidePanelFigures(_log: (line: string) => void): Promise<Figure[]> {
  return [unavailable('worker', 'sidepanel.render', 'Side panel: first render, 10,000 orders', 'side panel not landed yet')];
}
