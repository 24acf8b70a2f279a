// Plays the two native apps of bridge.html: each keeps its OS permission states, shows them as the system settings
// would, answers the webview's requests through a system-style prompt, and sends the webview every change, using the
// calls a real app makes (iOS: evaluateJavaScript("window.privacyNoticeBridge.receive(...)"); Android: the injected
// object's message event, which replyProxy.postMessage raises).
const envelope = (type, body) => ({ bridge: 'privacy-notice', version: 1, type, ...body });
/** What each OS would start with: some allowed, some refused, the rest never asked. */
const INITIAL = { camera: 'granted', location: 'denied', 'precise-location': 'denied', bluetooth: 'granted', notifications: 'granted', photos: 'unknown' };

class SimulatedApp {
  constructor(section) {
    this.section = section;
    this.platform = section.dataset.platform;
    this.name = section.dataset.app;
    this.frame = section.querySelector('iframe');
    this.list = section.querySelector('.native-switches');
    this.prompt = section.querySelector('.native-prompt');
    this.silent = section.querySelector('.native-silent');
    this.log = section.querySelector('.native-log ol');
    this.permissions = new Map(); // id -> { label, state }
  }

  /** From the webview: every message arrives as one JSON string. */
  receive(json) {
    const message = JSON.parse(json);
    this.note('webview → app', message);
    if (message.type === 'hello') this.hello(message);
    if (message.type === 'set-permission' && !this.silent.checked) this.ask(message);
  }

  send(type, body) {
    const message = envelope(type, body);
    this.note('app → webview', message);
    const page = this.frame.contentWindow;
    if (this.platform === 'ios') page.privacyNoticeBridge.receive(JSON.stringify(message));
    else page.privacyNotice.dispatchEvent(new page.MessageEvent('message', { data: JSON.stringify(message) }));
  }

  async hello(message) {
    const policy = await (await fetch(`policies/${this.section.dataset.policy}.json`)).json();
    const labels = new Map(policy.permissions.map((p) => [p.id, typeof p.label === 'string' ? p.label : Object.values(p.label)[0]]));
    this.permissions.clear();
    for (const p of message.permissions) {
      if (p.platforms && !p.platforms.includes(this.platform)) continue; // not a permission of this OS
      this.permissions.set(p.id, { label: labels.get(p.id) ?? p.id, state: INITIAL[p.permission] ?? 'denied' });
    }
    this.render();
    this.send('permission-state', { permissions: [...this.permissions].map(([id, p]) => ({ id, state: p.state })) });
  }

  /** The system prompt for a request from the webview; the answer goes back as permission-result. */
  ask({ requestId, id, granted }) {
    const permission = this.permissions.get(id);
    if (!permission) return;
    this.prompt.hidden = false;
    this.prompt.replaceChildren();
    const question = document.createElement('p');
    question.textContent = granted ? `Allow “${this.name}” to use: ${permission.label}?` : `Stop “${this.name}” from using: ${permission.label}?`;
    const answer = (allowed) => {
      if (allowed) permission.state = granted ? 'granted' : 'denied';
      this.prompt.hidden = true;
      this.render();
      const reason = allowed ? undefined : `You kept ${permission.label.toLowerCase()} ${permission.state === 'granted' ? 'on' : 'off'}.`;
      this.send('permission-result', { requestId, id, state: permission.state === 'granted' ? 'granted' : 'denied', ...(reason ? { reason } : {}) });
    };
    const yes = Object.assign(document.createElement('button'), { type: 'button', textContent: granted ? 'Allow' : 'Turn off' });
    const no = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Cancel' });
    yes.addEventListener('click', () => answer(true));
    no.addEventListener('click', () => answer(false));
    this.prompt.append(question, yes, no);
    yes.focus();
  }

  /** The app's own system settings: a change here is sent to the webview as it happens. */
  render() {
    this.list.replaceChildren(...[...this.permissions].map(([id, p]) => {
      const item = document.createElement('li');
      const input = Object.assign(document.createElement('input'), { type: 'checkbox', id: `${this.platform}-${id}`, checked: p.state === 'granted' });
      input.setAttribute('role', 'switch');
      input.addEventListener('change', () => {
        p.state = input.checked ? 'granted' : 'denied';
        this.send('permission-state', { permissions: [{ id, state: p.state }] });
      });
      const label = Object.assign(document.createElement('label'), { htmlFor: input.id, textContent: p.state === 'unknown' ? `${p.label} (never asked)` : p.label });
      item.append(input, label);
      return item;
    }));
  }

  note(direction, message) {
    const item = document.createElement('li');
    const { bridge, version, ...rest } = message;
    item.textContent = `${direction}: ${JSON.stringify(rest)}`;
    this.log.prepend(item);
    while (this.log.children.length > 12) this.log.lastElementChild.remove();
  }
}

const apps = new Map([...document.querySelectorAll('.bridge-app')].map((section) => [section.dataset.platform, new SimulatedApp(section)]));
window.addEventListener('message', (event) => {
  if (event.origin !== location.origin || !event.data?.webview) return;
  apps.get(event.data.webview)?.receive(event.data.json);
});
