// Sends the CSRF token with every htmx request, as Spring Security expects for POSTs.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// A form that saves itself (screening drafts) numbers its saves, so the server keeps the newest
// when requests overtake each other; the final submission carries the highest number.
var saveNumber = 0;
function nextSave() { saveNumber += 1; return Date.now() * 1000 + (saveNumber % 1000); }
document.addEventListener('htmx:configRequest', function (event) {
  if (event.detail.elt && event.detail.elt.id === 'screening-form') {
    event.detail.parameters['seq'] = nextSave();
  }
});
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form.id === 'screening-form') {
    var seq = form.querySelector('input[name="seq"]');
    if (!seq) { seq = document.createElement('input'); seq.type = 'hidden'; seq.name = 'seq'; form.appendChild(seq); }
    seq.value = nextSave();
  }
});

// A form that saves itself warns before the page is left while a save is on its way.
var pendingSaves = 0;
document.addEventListener('htmx:beforeRequest', function (event) {
  if (event.detail.elt && event.detail.elt.id === 'screening-form') { pendingSaves++; }
});
document.addEventListener('htmx:afterRequest', function (event) {
  if (event.detail.elt && event.detail.elt.id === 'screening-form') { pendingSaves = Math.max(0, pendingSaves - 1); }
});
window.addEventListener('beforeunload', function (event) {
  if (pendingSaves > 0) { event.preventDefault(); event.returnValue = ''; }
});
// Submitting the whole form supersedes any save still waiting.
document.addEventListener('submit', function (event) {
  if (event.target.id === 'screening-form') { pendingSaves = 0; }
});
