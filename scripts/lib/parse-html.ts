/**
 * Parse saved HTML into a Document with happy-dom (Node-side tooling only, never in the extension:
 * `npm run read`, tests). Scripts in
 * the saved page are never run and nothing is fetched: page text is data.
 */
import { Window } from 'happy-dom';

export function parseHtml(html: string, url = 'https://example.invalid/'): { document: Document; close: () => Promise<void> } {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true, disableFallbackToSetURL: true },
    },
  });
  window.document.write(html);
  return { document: window.document as unknown as Document, close: () => window.happyDOM.close() };
}
