import type { privacyPolicy } from './policy';

/**
 * Writes the policy into `root` with DOM calls only (text, never HTML): used by the
 * extension's page and, over linkedom, by the static page the store listings link to.
 */
export function renderPolicy(root: Element, policy: ReturnType<typeof privacyPolicy>): void {
  const doc = root.ownerDocument;
  const add = (parent: Element, tag: string, text?: string) => {
    const el = doc.createElement(tag);
    if (text !== undefined) el.textContent = text;
    parent.appendChild(el);
    return el;
  };
  root.replaceChildren();
  add(root, 'h1', policy.title);
  for (const section of policy.sections) {
    const block = add(root, 'section');
    add(block, 'h2', section.heading);
    for (const paragraph of section.paragraphs) add(block, 'p', paragraph);
  }
}
