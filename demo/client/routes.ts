/** The demo portal's pages: one route each (shared by the server and the client). */
export const ROUTES = [
  '/', '/logistics-performance', '/tracking-detail', '/orders', '/order-detail',
  '/dispute-center', '/star-level', '/product-radar', '/logistics-proof',
  // The real back office's paths (issue 13, PORTAL.md); the pages there load the demo endpoints.
  '/ta/list/scene/mainList.htm', '/ta/detail.htm',
  // The logistics order detail (scm.alibaba.com in the real back office): the order detail shows it in a cross-origin iframe.
  '/luyou/express/detail.htm',
] as const;
export type RoutePath = (typeof ROUTES)[number];

export function isRoute(path: string): path is RoutePath {
  return (ROUTES as readonly string[]).includes(path);
}
