/**
 * The language picker in the header: every UI locale, named in its own language and
 * script. Each option carries its own `lang` and `dir`, so that screen readers speak
 * the name in that language and bidi lays it out right inside any UI language. The
 * pseudo-locales (en-XA, ar-XB) are listed too in development or with `?pseudo=1`
 * (`availableLocales()` decides).
 */
import { availableLocales, currentLocale, onLocaleChange, setLocale } from "./i18n";

export function startLanguagePicker(select: HTMLSelectElement, onChange: () => void): void {
  for (const locale of availableLocales()) {
    const option = new Option(locale.name, locale.code);
    option.lang = locale.code;
    option.dir = locale.dir;
    select.append(option);
  }
  select.value = currentLocale().code;
  // The guide may change the UI language too (a reader choosing Arabic for the guide).
  onLocaleChange((locale) => {
    select.value = locale.code;
    onChange();
  });
  select.addEventListener("change", async () => {
    await setLocale(select.value, true);
  });
}
