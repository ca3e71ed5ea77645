import { useI18n } from '../i18n/language-context.tsx';

/** Names the other language in that language, so it is recognisable to someone who needs it. */
export function LanguageSwitch() {
  const { lang, t, setLang } = useI18n();
  return (
    <button
      type="button"
      className="language-switch"
      lang={t.site.switchLanguageLang}
      onClick={() => setLang(lang === 'nl' ? 'en' : 'nl')}
    >
      {t.site.switchLanguage}
    </button>
  );
}
