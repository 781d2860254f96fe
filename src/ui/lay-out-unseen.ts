/**
 * Lays `html` out once where nothing can see, reach or announce it, and takes it away again in the
 * same task, so no other script, frame or assistive technology ever meets it. What stays behind is
 * the browser's work that a first layout of such a screen costs: finding the fonts for each face and
 * size it uses and shaping its words, which made the first wizard screen's first frame much slower
 * than later ones. Ids are dropped so the copy never shares one with the page.
 */
export function layOutUnseen(doc: Document, html: string): void {
  const template = doc.createElement('template')
  template.innerHTML = html
  for (const element of template.content.querySelectorAll('[id]')) element.removeAttribute('id')
  const host = doc.createElement('div')
  host.className = 'invisible absolute inset-x-0 top-0 h-0 overflow-hidden'
  host.setAttribute('aria-hidden', 'true')
  host.inert = true
  host.append(template.content)
  doc.body.append(host)
  // Reading its size makes the browser lay it out now.
  host.getBoundingClientRect()
  host.remove()
}
