// The OS side for privacyBridge.js with react-native-permissions (5.x): each permission kind of the policy
// (permissions[].permission) mapped to the platform's permission, its state read, asked for, or sent to Settings.
import { Platform } from 'react-native';
import {
  PERMISSIONS,
  RESULTS,
  check,
  checkNotifications,
  openSettings,
  request,
  requestNotifications,
} from 'react-native-permissions';

const ANDROID_VERSION = Platform.OS === 'android' ? Number(Platform.Version) : 0;

/** The platform permission of each kind; kinds left out (or undefined here) are reported as unknown. */
const BY_KIND = Platform.select({
  ios: {
    camera: PERMISSIONS.IOS.CAMERA,
    microphone: PERMISSIONS.IOS.MICROPHONE,
    location: PERMISSIONS.IOS.LOCATION_WHEN_IN_USE,
    'precise-location': PERMISSIONS.IOS.LOCATION_WHEN_IN_USE,
    'background-location': PERMISSIONS.IOS.LOCATION_ALWAYS,
    photos: PERMISSIONS.IOS.PHOTO_LIBRARY,
    bluetooth: PERMISSIONS.IOS.BLUETOOTH,
    contacts: PERMISSIONS.IOS.CONTACTS,
    calendar: PERMISSIONS.IOS.CALENDARS,
    reminders: PERMISSIONS.IOS.REMINDERS,
    'motion-sensors': PERMISSIONS.IOS.MOTION,
    'speech-recognition': PERMISSIONS.IOS.SPEECH_RECOGNITION,
    biometrics: PERMISSIONS.IOS.FACE_ID,
    tracking: PERMISSIONS.IOS.APP_TRACKING_TRANSPARENCY,
  },
  android: {
    camera: PERMISSIONS.ANDROID.CAMERA,
    microphone: PERMISSIONS.ANDROID.RECORD_AUDIO,
    location: PERMISSIONS.ANDROID.ACCESS_COARSE_LOCATION,
    'precise-location': PERMISSIONS.ANDROID.ACCESS_FINE_LOCATION,
    'background-location': PERMISSIONS.ANDROID.ACCESS_BACKGROUND_LOCATION,
    photos: ANDROID_VERSION >= 33 ? PERMISSIONS.ANDROID.READ_MEDIA_IMAGES : PERMISSIONS.ANDROID.READ_EXTERNAL_STORAGE,
    storage: PERMISSIONS.ANDROID.READ_EXTERNAL_STORAGE,
    bluetooth: ANDROID_VERSION >= 31 ? PERMISSIONS.ANDROID.BLUETOOTH_CONNECT : undefined,
    'nearby-devices': ANDROID_VERSION >= 31 ? PERMISSIONS.ANDROID.BLUETOOTH_SCAN : undefined,
    contacts: PERMISSIONS.ANDROID.READ_CONTACTS,
    calendar: PERMISSIONS.ANDROID.READ_CALENDAR,
    'activity-recognition': PERMISSIONS.ANDROID.ACTIVITY_RECOGNITION,
    'body-sensors': PERMISSIONS.ANDROID.BODY_SENSORS,
    'phone-state': PERMISSIONS.ANDROID.READ_PHONE_STATE,
    'call-log': PERMISSIONS.ANDROID.READ_CALL_LOG,
    sms: PERMISSIONS.ANDROID.READ_SMS,
  },
  default: {},
});

/** What the page shows for an OS result: a switch on (granted, limited), off (denied, blocked), or no switch. */
function stateOf(result) {
  if (result === RESULTS.GRANTED || result === RESULTS.LIMITED) return 'granted';
  if (result === RESULTS.DENIED || result === RESULTS.BLOCKED) return 'denied';
  return 'unknown';
}

/** The reason shown when a switch could not change: in the reader's language in a real app. */
const REASONS = {
  revoke: 'Turn this off in the Settings app, which is now open.',
  blocked: 'This was declined before: allow it in the Settings app, which is now open.',
  unavailable: 'This device does not offer it.',
};

export const osPermissions = {
  async state(kind) {
    if (kind === 'notifications') return stateOf((await checkNotifications()).status);
    return BY_KIND[kind] ? stateOf(await check(BY_KIND[kind])) : 'unknown';
  },

  async request(kind) {
    const result =
      kind === 'notifications'
        ? (await requestNotifications(['alert', 'badge', 'sound'])).status
        : BY_KIND[kind]
          ? await request(BY_KIND[kind])
          : RESULTS.UNAVAILABLE;
    if (result === RESULTS.BLOCKED) {
      await openSettings();
      return { state: 'denied', reason: REASONS.blocked };
    }
    const state = stateOf(result);
    return state === 'granted' ? { state } : { state: 'denied', reason: REASONS.unavailable };
  },

  /** Neither iOS nor Android lets an app take back its own permission: the reader does it in Settings. */
  async revoke(kind) {
    const now = await this.state(kind);
    if (now !== 'granted') return { state: 'denied' };
    await openSettings();
    return { state: 'granted', reason: REASONS.revoke };
  },
};
