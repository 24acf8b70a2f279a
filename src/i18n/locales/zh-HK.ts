import type { PartialLocale } from '../registry.js';

/**
 * Hong Kong Chinese: the Traditional Chinese strings (zh-Hant.ts) with the terms of the Personal Data (Privacy)
 * Ordinance (Cap. 486) and its Commissioner: "私隱" (as in 私隱政策), not Taiwan's "隱私". Only what differs.
 */
export const overlayOf = 'zh-Hant';

const resource: PartialLocale = {
  notice: {
    loading: '正在載入私隱政策……',
  },
  parts: {
    children: '兒童私隱保護',
  },
  contactRole: {
    'privacy-office': '私隱保護辦公室',
  },
  toggle: {
    choicesHeading: '您的私隱選擇',
  },
  errors: {
    title: '無法顯示私隱政策。',
    titleUpdate: '無法顯示更新後的私隱政策。',
    advice: '請稍後再試，或向網站擁有者索取私隱政策。',
  },
};

export default resource;
