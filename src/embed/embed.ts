import type { Embedded, MountOptions } from './mount.ts'
import { mountFrame } from './mount.ts'

/**
 * embed.js: puts Relay Doctor in a host page. Three ways in:
 *   <div id="relay-doctor"></div><script src=".../embed.js" data-target="#relay-doctor" data-entry="end-user" async></script>
 *   <relay-doctor entry="end-user"></relay-doctor>
 *   RelayDoctor.mount(element, { entry, app, theme, onEvent }) → { restart, start, setTheme, destroy }
 * The app is the index.html in embed.js's own folder.
 */
const script = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null
const appBase = new URL('./', script?.src ?? document.baseURI)
appBase.search = ''

const mount = (element: Element, options?: MountOptions): Embedded => mountFrame(element, appBase, options)

class RelayDoctorElement extends HTMLElement {
  #embedded: Embedded | undefined
  connectedCallback() {
    this.style.display = 'block'
    this.#embedded = mount(this, {
      entry: this.getAttribute('entry'),
      app: this.getAttribute('app'),
      title: this.getAttribute('frame-title'),
    })
  }
  disconnectedCallback() {
    this.#embedded?.destroy()
    this.#embedded = undefined
  }
  restart() {
    this.#embedded?.restart()
  }
}

declare global {
  interface Window {
    RelayDoctor?: { mount: typeof mount }
  }
}

if (!window.RelayDoctor) {
  window.RelayDoctor = { mount }
  if (!customElements.get('relay-doctor')) customElements.define('relay-doctor', RelayDoctorElement)
  const target = script?.dataset.target
  if (script && target) {
    const mountSnippet = () => {
      const element = document.querySelector(target)
      if (element) mount(element, { entry: script.dataset.entry, app: script.dataset.app })
      else console.error(`Relay Doctor: embed.js found no element for data-target="${target}".`)
    }
    // An async script can run before the parser reaches its target.
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountSnippet)
    else mountSnippet()
  }
}
