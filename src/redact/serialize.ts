/**
 * HTML serialisation of a (redacted) document for a saved copy (issue 18): a plain walk that
 * escapes every text and attribute, so the extension writes a file without any HTML sink.
 */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW = new Set(['script', 'style']);

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/\u00a0/g, '&nbsp;');

function serializeNode(node: Node, out: string[], raw: boolean): void {
  if (node.nodeType === 3) { out.push(raw ? (node as Text).data.replace(/<\//g, '<\\/') : escapeText((node as Text).data)); return; }
  if (node.nodeType === 8) { out.push(`<!--${(node as Comment).data.replace(/--/g, '- -')}-->`); return; }
  if (node.nodeType !== 1) return;
  const el = node as Element;
  const tag = el.tagName.toLowerCase();
  const attrs = el.getAttributeNames().map((n) => ` ${n}="${escapeAttr(el.getAttribute(n) ?? '')}"`).join('');
  out.push(`<${tag}${attrs}>`);
  if (VOID.has(tag)) return;
  const kids = tag === 'template' ? (el as HTMLTemplateElement).content?.childNodes ?? el.childNodes : el.childNodes;
  for (const c of Array.from(kids)) serializeNode(c, out, RAW.has(tag));
  out.push(`</${tag}>`);
}

export function serializeDocument(doc: Document): string {
  const out: string[] = ['<!doctype html>\n'];
  if (doc.documentElement) serializeNode(doc.documentElement, out, false);
  out.push('\n');
  return out.join('');
}
