// The only script of the site, on /learning-path only (imported there as an asset URL, so it
// ships as one small file under the CSP's script-src 'self'). The page reads, prints and
// shares its ticks without it (the form sends them in the address); with it, ticks are kept
// in this browser and the address always holds them, ready to copy.
const KEY = 'mlops-guide:learning-path:done'
const form = document.querySelector('form[data-checklist]')

if (form) {
  /** @type {HTMLInputElement[]} */
  const boxes = [...form.querySelectorAll('input[name="done"]')].filter(
    (b) => b instanceof HTMLInputElement,
  )
  const ticked = () => [...new Set(boxes.filter((b) => b.checked).map((b) => b.value))]
  const showInAddress = () => {
    const url = new URL(location.href)
    const done = ticked()
    url.search = done.length ? `?done=${done.join(',')}` : ''
    history.replaceState(null, '', url)
  }
  const load = () => {
    try {
      const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null')
      return Array.isArray(saved) ? saved : null
    } catch {
      return null // storage blocked or unreadable: the page works as without script
    }
  }
  // A shared address shows its own ticks; otherwise this browser's.
  const saved = new URL(location.href).searchParams.has('done') ? null : load()
  if (saved) {
    for (const box of boxes) box.checked = saved.includes(box.value)
    showInAddress()
  }
  form.addEventListener('change', (event) => {
    const changed = event.target
    if (!(changed instanceof HTMLInputElement)) return
    // A tool listed twice is one tick.
    for (const box of boxes) if (box.value === changed.value) box.checked = changed.checked
    try {
      localStorage.setItem(KEY, JSON.stringify(ticked()))
    } catch {
      // Storage blocked: the ticks still live in the address.
    }
    showInAddress()
  })
}
