// The English words load on demand in the app (loadLang, awaited by the root layout before a page
// renders in English); unit tests build English models directly, so every test file has them loaded.
import { loadLang } from '../../src/lib/i18n';

await loadLang('en');
