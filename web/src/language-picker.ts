/** The language picker in the header: every UI locale, named in its own language. */
import { availableLocales, currentLocale, setLocale } from "./i18n";

export function startLanguagePicker(select: HTMLSelectElement, onChange: () => void): void {
  for (const locale of availableLocales()) {
    const option = new Option(locale.name, locale.code);
    option.lang = locale.code;
    option.dir = locale.dir;
    select.append(option);
  }
  select.value = currentLocale().code;
  select.addEventListener("change", async () => {
    await setLocale(select.value, true);
    onChange();
  });
}
