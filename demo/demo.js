// The host page's own language picker: it only sets <html lang>, and every secon
// element follows.
const picker = document.getElementById('lang-picker');
const saved = new URLSearchParams(location.search).get('lang');
if (saved) document.documentElement.lang = saved;
picker.value = document.documentElement.lang;
picker.addEventListener('change', () => {
  document.documentElement.lang = picker.value;
  const url = new URL(location.href);
  url.searchParams.set('lang', picker.value);
  history.replaceState(null, '', url);
});
