// The control room: plain JS, no libraries. Everything shown from the API is escaped (log lines,
// summaries and reasons are untrusted text); updates arrive over server-sent events, not polling.
'use strict';
const $ = id => document.getElementById(id);
const esc = s => String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
const row = cells => '<tr>' + cells.map(c => '<td>' + c + '</td>').join('') + '</tr>';
const head = cells => '<tr>' + cells.map(c => '<th>' + c + '</th>').join('') + '</tr>';
const when = t => t ? new Date(t).toLocaleString() : '';
const TERMINAL = ['RESOLVED', 'ROLLED_BACK', 'FAILED', 'REJECTED'];

const auth = {
  get header() { return sessionStorage.getItem('cr-auth'); },
  set(input) {
    const v = input.trim();
    sessionStorage.setItem('cr-auth', v.includes(':') && !v.includes('.') ? 'Basic ' + btoa(v) : 'Bearer ' + v);
  },
  // UI hint only: the server checks every request. Basic users (local run) are shown operator buttons.
  roles() {
    const h = this.header || '';
    if (h.startsWith('Basic ')) return ['operator', 'viewer'];
    try {
      const claims = JSON.parse(atob(h.slice(7).split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
      const g = claims.groups || [];
      return g.includes('admin') ? ['admin', 'operator', 'viewer'] : g.includes('operator') ? ['operator', 'viewer'] : g;
    } catch (e) { return []; }
  },
  who() {
    const h = this.header || '';
    if (h.startsWith('Basic ')) return atob(h.slice(6)).split(':')[0];
    try { const c = JSON.parse(atob(h.slice(7).split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))); return c.upn || c.sub; } catch (e) { return ''; }
  }
};

async function api(path, options = {}) {
  const headers = Object.assign({}, options.headers, auth.header ? { Authorization: auth.header } : {});
  const r = await fetch(path, Object.assign({}, options, { headers }));
  if (r.status === 401) throw new Error('Sign in: a viewer token (or the local operator password) is needed.');
  const body = r.headers.get('content-type')?.includes('json') ? await r.json() : null;
  if (!r.ok) throw new Error((body && (body.detail || body.title)) || (path + ': HTTP ' + r.status));
  return body && body.data !== undefined ? body.data : body;
}

function showError(e) { $('error').textContent = e ? e.message : ''; }

// ---- overview -------------------------------------------------------------------------------
function sparkline(samples) {
  if (!samples || !samples.length) return '<small>no history</small>';
  const w = 120, h = 22, n = samples.length, step = n > 1 ? w / (n - 1) : w;
  const level = s => ({ healthy: 2, warning: 11, critical: 20, unknown: 20 }[s.status] ?? 20);
  const pts = samples.map((s, i) => (i * step).toFixed(1) + ',' + level(s)).join(' ');
  const last = samples[n - 1];
  return '<svg width="' + w + '" height="' + h + '" role="img" aria-label="health history"><polyline fill="none" stroke="#57606a" stroke-width="1.5" points="' + pts
    + '"/><circle cx="' + ((n - 1) * step).toFixed(1) + '" cy="' + level(last) + '" r="2.5" class="' + esc(last.status) + '" fill="currentColor"/></svg>';
}

async function renderOverview() {
  const [health, history, incidents] = await Promise.all([api('/api/monitoring/health'),
    api('/api/monitoring/history?minutes=60'), api('/api/incidents?limit=50')]);
  $('targets').innerHTML = head(['target', 'status', 'last hour', '<span class="hide-narrow">latency ms</span>', '<span class="hide-narrow">reasons</span>']) +
    Object.entries(health.checks).map(([id, c]) => row([esc(id), '<b class="state ' + esc(c.status) + '">' + esc(c.status) + '</b>',
      sparkline(history[id]), '<span class="hide-narrow">' + esc(c.latency_ms) + '</span>', '<span class="hide-narrow">' + esc((c.reasons || []).join('; ')) + '</span>'])).join('');
  $('incidents').innerHTML = head(['incident', 'target', 'issue', 'state', 'confidence', '<span class="hide-narrow">created</span>']) +
    incidents.map(i => '<tr class="click" data-incident="' + esc(i.id) + '">' + [esc(i.id), esc(i.targetId), esc(i.issueType),
      '<b class="state ' + esc(i.state) + '">' + esc(i.state) + '</b>', esc(i.adjustedConfidence), '<span class="hide-narrow">' + esc(when(i.createdAt)) + '</span>']
      .map(c => '<td>' + c + '</td>').join('') + '</tr>').join('');
  document.querySelectorAll('tr[data-incident]').forEach(tr => tr.onclick = () => { location.hash = '#/incident/' + encodeURIComponent(tr.dataset.incident); });
}

// ---- incident page ---------------------------------------------------------------------------
function chart(incident, points) {
  const w = 560, h = 160, pad = 28;
  const start = new Date(incident.fixStartedAt || incident.createdAt).getTime();
  const end = new Date(TERMINAL.includes(incident.state) ? incident.updatedAt : (incident.validationDeadline || Date.now())).getTime();
  const t0 = Math.min(start - 5 * 60000, ...points.map(p => new Date(p.at).getTime()));
  const t1 = Math.max(end + 2 * 60000, Date.now() > end ? Math.min(Date.now(), end + 10 * 60000) : end + 2 * 60000);
  const max = Math.max(1, incident.errorRateBefore || 0, ...points.map(p => p.rate_per_minute ?? p.ratePerMinute ?? 0));
  const x = t => pad + (w - 2 * pad) * (t - t0) / Math.max(1, t1 - t0), y = v => h - pad - (h - 2 * pad) * v / max;
  const bars = points.map(p => { const v = p.rate_per_minute ?? p.ratePerMinute ?? 0, px = x(new Date(p.at).getTime());
    return '<line x1="' + px.toFixed(1) + '" x2="' + px.toFixed(1) + '" y1="' + y(0).toFixed(1) + '" y2="' + y(v).toFixed(1) + '" stroke="#cf222e" stroke-width="3"><title>' + esc(v.toFixed(1)) + '/min ' + esc(p.category) + '</title></line>'; }).join('');
  const base = incident.errorRateBefore ? '<line x1="' + pad + '" x2="' + (w - pad) + '" y1="' + y(incident.errorRateBefore).toFixed(1) + '" y2="' + y(incident.errorRateBefore).toFixed(1) + '" stroke="#9a6700" stroke-dasharray="4 3"/><text x="' + (w - pad - 70) + '" y="' + (y(incident.errorRateBefore) - 3).toFixed(1) + '">rate before fix</text>' : '';
  const during = incident.fixStartedAt ? '<rect x="' + x(start).toFixed(1) + '" y="' + pad / 2 + '" width="' + Math.max(2, x(end) - x(start)).toFixed(1) + '" height="' + (h - 1.5 * pad) + '" fill="#ddf4ff"/>' : '';
  return '<svg viewBox="0 0 ' + w + ' ' + h + '" width="100%" role="img" aria-label="error rate chart">' + during
    + '<line x1="' + pad + '" x2="' + (w - pad) + '" y1="' + y(0) + '" y2="' + y(0) + '" stroke="#8c959f"/>'
    + '<text x="' + pad + '" y="' + (h - 8) + '">before</text>' + (incident.fixStartedAt ? '<text x="' + x(start).toFixed(1) + '" y="' + (h - 8) + '">during (fix + validation)</text><text x="' + (x(end) + 4).toFixed(1) + '" y="' + (h - 8) + '">after</text>' : '')
    + '<text x="2" y="' + (pad / 2 + 8) + '">' + esc(max.toFixed(0)) + '/min</text>' + base + bars + '</svg>'
    + (points.length ? '' : '<small>no error reports for this target in this period</small>');
}

function actionButtons(i, roles) {
  if (!roles.includes('operator')) return '<small>' + (auth.header ? 'viewer: read only' : 'sign in to act') + '</small>';
  const b = (action, label, cls) => '<button data-action="' + action + '" class="' + cls + '">' + label + '</button>';
  let out = '<input id="reason" placeholder="reason (recorded with your name)" aria-label="reason">';
  if (i.state === 'AWAITING_APPROVAL') out += b('approve', 'Approve fix', 'primary') + b('reject', 'Reject', 'danger');
  if ((i.state === 'RESOLVED' || i.state === 'VALIDATING') && i.backupId) out += b('rollback', 'Roll back', 'danger');
  if (!TERMINAL.includes(i.state)) out += b('acknowledge', 'Acknowledge', '');
  return out;
}

async function act(incident, action) {
  const reason = $('reason') ? $('reason').value : '';
  const path = action === 'rollback' ? '/api/monitoring/rollback/' + encodeURIComponent(incident.backupId)
    : '/api/incidents/' + encodeURIComponent(incident.id) + '/' + action;
  try {
    await api(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ reason }) });
    showError(null);
  } catch (e) { showError(e); }
  refresh();
}

async function renderIncident(id) {
  const d = await api('/api/incidents/' + encodeURIComponent(id));
  const i = d.incident;
  const from = new Date(new Date(i.createdAt).getTime() - 15 * 60000).toISOString();
  const errors = await api('/api/monitoring/history/errors?target=' + encodeURIComponent(i.targetId) + '&from=' + from);
  $('inc-title').innerHTML = esc(i.id) + ' — ' + esc(i.issueType) + ' on ' + esc(i.targetId) + ' <b id="inc-state" class="state ' + esc(i.state) + '">' + esc(i.state) + '</b>';
  const typed = $('reason') ? $('reason').value : '';   // a live refresh must not wipe what the operator typed
  $('inc-actions').innerHTML = actionButtons(i, auth.roles());
  if ($('reason')) $('reason').value = typed;
  document.querySelectorAll('#inc-actions button').forEach(b => b.onclick = () => act(i, b.dataset.action));
  $('inc-summary').innerHTML = [['summary', i.summary], ['fix', i.fixType], ['risk', i.risk], ['backup', i.backupId], ['resolution', i.resolution],
    ['created', when(i.createdAt)], ['updated', when(i.updatedAt)]].map(([k, v]) => '<dt>' + k + '</dt><dd>' + esc(v) + '</dd>').join('');
  const plan = d.plan;
  $('inc-plan').innerHTML = plan ? head(['resource', 'key', 'from', '', 'to']) + plan.changes.map(c => row([esc(c.resource.path || c.resource.location),
    esc(c.key), esc(c.fromValue), '&rarr;', esc(c.toValue)])).join('') + '<tr><td colspan="5"><small>' + esc(plan.description) + '</small></td></tr>'
    : '<tr><td>no catalog fix</td></tr>';
  const dg = d.diagnosis;
  $('inc-evidence').innerHTML = head(['input', 'value']) + row(['diagnosis confidence', esc(dg ? dg.confidence : i.baseConfidence)])
    + row(['learning-adjusted confidence', esc(i.adjustedConfidence)]) + (dg ? dg.evidence.map(e => row([esc(e.kind) + ': ' + esc(e.description), esc(e.value)])).join('')
    + (dg.candidates || []).map(c => row(['weighed: ' + esc(c.issueType), esc(c.confidence) + ' <small>' + esc(c.reason) + '</small>'])).join('') : '');
  $('inc-chart').innerHTML = chart(i, errors);
  $('inc-timeline').innerHTML = d.transitions.map(t => '<li><time>' + esc(when(t.at)) + '</time> ' + esc(t.fromState || '—') + ' &rarr; <b class="' + esc(t.toState) + '">'
    + esc(t.toState) + '</b><br><small>' + esc(t.reason) + '</small></li>').join('');
  $('inc-decisions').innerHTML = d.decisions.length ? head(['when', 'who', 'what', 'why']) + d.decisions.map(x => row([esc(when(x.at)), esc(x.actor), esc(x.action), esc(x.reason)])).join('')
    : '<tr><td><small>no human decision yet</small></td></tr>';
  $('inc-logs').innerHTML = errors.length ? errors.map(e => '<li><small>' + esc(when(e.at)) + ' ' + esc(e.category) + '</small> ' + esc(e.sample) + '</li>').join('') : '<li><small>none</small></li>';
}

// ---- routing, live updates -------------------------------------------------------------------
function route() { const m = location.hash.match(/^#\/incident\/(.+)$/); return m ? decodeURIComponent(m[1]) : null; }

// ---- runtime switches (admin) -----------------------------------------------------------------
async function renderSwitches() {
  const switches = await api('/api/switches'), admin = auth.roles().includes('admin');
  // green: the usual state (autonomous on, dry run off); red: a switch an SRE should know about
  $('switches').innerHTML = Object.values(switches).map(s => '<span class="pill ' + ((s.name === 'autonomous') === s.enabled ? 'on' : 'off') + '" title="'
    + esc(s.source === 'runtime' ? 'switched by ' + s.changedBy + ' at ' + when(s.changedAt) + ': ' + s.reason : 'from the configuration')
    + '">' + esc(s.name) + ' ' + (s.enabled ? 'on' : 'off')
    + (admin ? ' <button type="button" data-switch="' + esc(s.name) + '" data-to="' + !s.enabled + '">turn ' + (s.enabled ? 'off' : 'on') + '</button>' : '')
    + '</span>').join(' ');
  document.querySelectorAll('button[data-switch]').forEach(b => b.onclick = async () => {
    const reason = prompt('Why switch ' + b.dataset.switch + ' ' + (b.dataset.to === 'true' ? 'on' : 'off') + '? (audited)');
    if (!reason) return;
    try {
      await api('/api/switches/' + encodeURIComponent(b.dataset.switch), { method: 'PUT', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ enabled: b.dataset.to === 'true', reason }) });
      await renderSwitches(); showError(null);
    } catch (e) { showError(e); }
  });
}

let pending = null;
async function refresh() {
  const id = route();
  $('overview').hidden = !!id; $('incident').hidden = !id;
  try { await Promise.all([id ? renderIncident(id) : renderOverview(), renderSwitches()]); showError(null); } catch (e) { showError(e); }
}
function soon() { clearTimeout(pending); pending = setTimeout(refresh, 250); }

async function live() {
  let delay = 1000;
  for (;;) {
    try {
      if (!auth.header) throw new Error('not signed in');
      const r = await fetch('/api/live', { headers: { Authorization: auth.header, Accept: 'text/event-stream' } });
      if (!r.ok || !r.body) throw new Error('live: HTTP ' + r.status);
      $('live').textContent = 'live'; $('live').className = 'pill on'; delay = 1000;
      const reader = r.body.getReader(), dec = new TextDecoder(); let buf = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buf += dec.decode(value, { stream: true });
        let cut;
        while ((cut = buf.indexOf('\n\n')) >= 0) {
          const data = buf.slice(0, cut).split('\n').filter(l => l.startsWith('data:')).map(l => l.slice(5)).join('\n');
          buf = buf.slice(cut + 2);
          if (data && JSON.parse(data).kind !== 'heartbeat') soon();
        }
      }
    } catch (e) { /* reconnect below */ }
    $('live').textContent = 'offline'; $('live').className = 'pill off';
    await new Promise(res => setTimeout(res, delay)); delay = Math.min(delay * 2, 30000);
  }
}

$('signin').onsubmit = ev => { ev.preventDefault(); if ($('token').value) auth.set($('token').value); $('token').value = ''; $('who').textContent = auth.who(); refresh(); };
window.addEventListener('hashchange', refresh);
$('who').textContent = auth.who();
refresh();
live();
