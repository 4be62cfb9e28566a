// Loaded first by the pages the bundle tests open: records what must never happen
// (uncaught errors, failed loads, Content-Security-Policy violations) and console
// warnings, for the test to read from the frame's window.
window.__errors = [];
window.__warnings = [];
window.__violations = [];
window.__globalsBefore = Object.keys(window);
addEventListener(
  'error',
  (e) => {
    const t = e.target;
    window.__errors.push(t && t !== window ? 'failed to load ' + (t.src || t.href) : String(e.message));
  },
  true,
);
addEventListener('unhandledrejection', (e) => window.__errors.push('unhandled rejection: ' + e.reason));
document.addEventListener('securitypolicyviolation', (e) =>
  window.__violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`),
);
const warn = console.warn.bind(console);
console.warn = (...args) => {
  window.__warnings.push(args.join(' '));
  warn(...args);
};
