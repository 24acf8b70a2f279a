import { createApp } from 'vue';
import type { PrivacyPolicyDocument } from 'privacy-notice';
import policy from '../../privacy.json';
import Privacy from './Privacy.vue';

createApp(Privacy, { policy: policy as PrivacyPolicyDocument }).mount('#app');
