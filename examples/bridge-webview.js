// Inside the simulated webview: installs what the app would inject before the page runs, so the library finds a
// bridge. iOS: window.webkit.messageHandlers.privacyNotice (WKScriptMessageHandler); Android: an object named
// privacyNotice with postMessage and message events (WebViewCompat.addWebMessageListener). Messages are handed to
// the page around this frame (bridge.js), which plays the app.
const params = new URLSearchParams(location.search);
const platform = params.get('platform') === 'android' ? 'android' : 'ios';
const toApp = (json) => parent.postMessage({ webview: platform, json }, location.origin);

if (platform === 'ios') {
  window.webkit = { messageHandlers: { privacyNotice: { postMessage: toApp } } };
} else {
  const injected = new EventTarget();
  injected.postMessage = toApp;
  window.privacyNotice = injected;
}

document.querySelector('privacy-choices').setAttribute('src', `policies/${(params.get('policy') ?? 'cr-smart-home').replace(/[^a-z0-9-]/g, '')}.json`);
