import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en } from './en.ts';
import { nl, type Messages } from './nl.ts';
import type { Lang } from './format.ts';

const storageKey = 'werkbrug.lang';
const dictionaries: Record<Lang, Messages> = { nl, en };

interface LanguageValue {
  lang: Lang;
  t: Messages;
  setLang: (lang: Lang) => void;
}

const LanguageContext = createContext<LanguageValue | null>(null);

/** Dutch unless the visitor chose English before: public-sector texts default to Dutch. */
function storedLang(): Lang {
  try {
    const lang = localStorage.getItem(storageKey) === 'en' ? 'en' : 'nl';
    // Set before the first request goes out: the API client sends it as Accept-Language.
    document.documentElement.lang = lang;
    return lang;
  } catch {
    // Storage can be blocked (private mode, strict settings); the default still works.
    return 'nl';
  }
}

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(storedLang);

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(storageKey, next);
    } catch {
      // Not remembered, but the switch still applies to this visit.
    }
  }, []);

  // Screen readers pick their voice from <html lang>, so it must follow the switch.
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const value = useMemo(() => ({ lang, t: dictionaries[lang], setLang }), [lang, setLang]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useI18n(): LanguageValue {
  const value = useContext(LanguageContext);
  if (!value) throw new Error('useI18n needs a LanguageProvider above it');
  return value;
}
