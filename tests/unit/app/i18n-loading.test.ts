import { describe, expect, it, vi } from 'vitest';
import { dictionaries, loadLanguage, loadStrings, translate, useLang } from '../../../src/app/i18n';

// One module graph for the whole file: the dictionaries fill up as the steps run, in order.
describe("a module's strings load in the language in use; the other on a switch", () => {
  it('the shell strings are there in both languages from the start', () => {
    expect(translate('id', 'tab.pengaturan')).toBe('Pengaturan');
    expect(translate('en', 'tab.pengaturan')).toBe('Settings');
  });

  it('a page of the Posyandu module loads its Indonesian strings only', async () => {
    expect(dictionaries.id['posyandu.setup.title']).toBeUndefined();
    await loadStrings('posyandu', 'id');
    expect(translate('id', 'posyandu.setup.title')).toBe('Data Posyandu');
    expect(dictionaries.en['posyandu.setup.title']).toBeUndefined();
    // Until English is loaded, an English lookup falls back to Indonesian, never to the raw key.
    expect(translate('en', 'posyandu.setup.title')).toBe('Data Posyandu');
  });

  it('loadLanguage brings English for every module asked for so far, not for the others', async () => {
    await loadLanguage('en');
    expect(translate('en', 'posyandu.setup.title')).toBe('Posyandu details');
    expect(dictionaries.en['rt.title']).toBeUndefined();
  });

  it('of two quick switches the second wins, even when the first one loads longer', async () => {
    await loadStrings('dasawisma', 'id');
    expect(dictionaries.en['dasawisma.title']).toBeUndefined();
    useLang.getState().setLang('en'); // must first load the dasawisma strings in English
    useLang.getState().setLang('id'); // everything already there
    await loadLanguage('en');
    expect(dictionaries.en['dasawisma.title']).toBe('Dasawisma');
    await new Promise((r) => setTimeout(r, 20));
    expect(useLang.getState().lang).toBe('id');
  });

  it('setLang switches once the strings of the pages loaded so far are there', async () => {
    await loadStrings('county', 'en');
    expect(dictionaries.id['county.title']).toBeUndefined();
    useLang.setState({ lang: 'en' });
    const seen: (string | undefined)[] = [];
    const stop = useLang.subscribe((st) => seen.push(st.lang === 'id' ? dictionaries.id['county.title'] : 'en'));
    useLang.getState().setLang('id');
    await vi.waitFor(() => expect(useLang.getState().lang).toBe('id'));
    stop();
    expect(seen).toEqual(['Kabupaten']);
  });
});
