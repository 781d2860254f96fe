// The demo portal's script: lists the events the Relay Doctor frame sends, and restarts it.
const element = document.getElementById('relay-doctor')
const list = document.getElementById('demo-events')
element.addEventListener('relaydoctor', (event) => {
  const { type, source: _source, version: _version, ...fields } = event.detail
  if (type === 'resize') return
  const item = document.createElement('li')
  item.textContent = `${type} ${JSON.stringify(fields)}`
  list.append(item)
})
document.getElementById('demo-restart').addEventListener('click', () => element.restart())
