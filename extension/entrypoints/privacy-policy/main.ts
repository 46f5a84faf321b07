import { resolveLanguage } from '../../i18n/strings';
import { privacyPolicy } from '../../privacy/policy';
import { renderPolicy } from '../../privacy/render';
import '../../ui/theme.css';
import './style.css';

/**
 * privacy-policy.html: the policy in the language asked for (?lang=es), else the one the
 * user chose in JobTrack, else the browser's.
 */
async function main() {
  const asked = new URLSearchParams(location.search).get('lang');
  let preference: 'auto' | 'en' | 'es' = asked === 'en' || asked === 'es' ? asked : 'auto';
  if (preference === 'auto') {
    const { settings } = await chrome.storage.local.get('settings').catch(() => ({ settings: undefined }));
    const chosen = (settings as { preferences?: { language?: string } } | undefined)?.preferences?.language;
    if (chosen === 'en' || chosen === 'es') preference = chosen;
  }
  const lang = resolveLanguage(preference, navigator.language);
  const policy = privacyPolicy(lang, {
    contactEmail: import.meta.env.WXT_CONTACT_EMAIL,
    backendOrigin: import.meta.env.WXT_BACKEND_URL,
  });
  document.documentElement.lang = lang;
  document.title = policy.title;
  const root = document.getElementById('policy');
  if (root) renderPolicy(root, policy);
}

void main();
