// The privacy notice in a React Native app (react-native-webview 13.x): the site's privacy page, its permission
// switches showing the OS state, and the reader's consent choices kept by the app.
import AsyncStorage from '@react-native-async-storage/async-storage';
import { useEffect, useMemo, useRef } from 'react';
import { AppState } from 'react-native';
import { WebView } from 'react-native-webview';
import { osPermissions } from './osPermissions';
import { createPrivacyBridge } from './privacyBridge';

const ORIGIN = 'https://shop.example';
const PAGE = `${ORIGIN}/privacy/app.html`; // `privacy-notice render --embed` of the policy, with dist/browser/
const CHOICES = 'privacy-notice-choices';

const choices = {
  load: async () => JSON.parse((await AsyncStorage.getItem(CHOICES)) ?? '[]'),
  save: async (choice) => {
    const all = (await choices.load()).filter((c) => c.id !== choice.id || c.kind !== choice.kind);
    await AsyncStorage.setItem(CHOICES, JSON.stringify([...all, choice]));
  },
};

export function PrivacyScreen({ onConsentChange }) {
  const web = useRef(null);
  const bridge = useMemo(
    () =>
      createPrivacyBridge({
        // `true;` at the end: react-native-webview's injectJavaScript expects the script to end with a value.
        send: (message) =>
          web.current?.injectJavaScript(`window.privacyNoticeBridge.receive(${JSON.stringify(message)}); true;`),
        os: osPermissions,
        origin: ORIGIN,
        choices,
        onConsentChange,
      }),
    [onConsentChange],
  );

  // Back from the Settings app: show the permissions as they are now.
  useEffect(() => {
    const subscription = AppState.addEventListener('change', (state) => state === 'active' && bridge.refresh());
    return () => subscription.remove();
  }, [bridge]);

  return (
    <WebView
      ref={web}
      source={{ uri: PAGE }}
      originWhitelist={[ORIGIN]}
      javaScriptEnabled
      domStorageEnabled
      onMessage={({ nativeEvent }) => bridge.handle(nativeEvent.data, nativeEvent.url)}
    />
  );
}
