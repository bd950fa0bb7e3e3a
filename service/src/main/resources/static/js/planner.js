/* Planner: builds a week from the demand or from an uploaded problem, follows the solve every second (best score,
   sessions placed) in a live region, can stop it, then shows the roster as a grid (communes × days) with animator
   and kit, the unassigned sessions with their reasons, and the CSV / per-animator ICS downloads.
   The roster id stays in the address (?roster=) so that a reload or a shared link shows the same roster. */
(function () {
  'use strict';

  var Pan = window.Pan, t = Pan.t, el = Pan.el, api = window.PanApi;
  // The grid's columns in the week's order: the planner's days, served by the page.
  var DAY = Pan.vocabulary('day'), DAYS = DAY.values;
  var POLL_MS = 1000;

  var rosterId = null, problem = null, state = null, timer = null;

  function $(id) { return document.getElementById(id); }

  function say(text, ok) {
    var box = $('planner-message');
    box.textContent = '';
    if (text) {
      box.appendChild(el('p', { class: ok ? 'notice' : 'alert', role: ok ? 'status' : 'alert', tabindex: '-1', text: text }));
      box.firstChild.focus();
    }
  }

  function fieldError(name, text) {
    var err = $(name + '-error');
    var input = name === 'file' ? $('problem-file') : $(name);
    err.textContent = text || '';
    err.hidden = !text;
    if (text) {
      input.setAttribute('aria-invalid', 'true');
      input.focus();
    } else {
      input.removeAttribute('aria-invalid');
    }
  }

  function clearErrors() {
    say('', true);
    ['week', 'seconds', 'file'].forEach(function (f) { fieldError(f, null); });
  }

  /** The ISO week after today's, like 2026-W49. */
  function nextWeek() {
    var d = new Date();
    d.setDate(d.getDate() + 7);
    var day = (d.getDay() + 6) % 7;
    d.setDate(d.getDate() - day + 3); // Thursday of that week decides the year
    var year = d.getFullYear();
    var jan4 = new Date(year, 0, 4);
    var week = 1 + Math.round(((d - jan4) / 86400000 - 3 + ((jan4.getDay() + 6) % 7)) / 7);
    return year + '-W' + (week < 10 ? '0' : '') + week;
  }

  function seconds() {
    var v = $('seconds').value.trim();
    if (!/^\d+$/.test(v) || +v < 1 || +v > 600) {
      fieldError('seconds', t('planner.secondsError'));
      return null;
    }
    return +v;
  }

  function failed(error, field) {
    if (error.status === 429) {
      say(t('planner.tooMany'), false);
    } else if (error.status === 403) {
      say(t('common.forbidden'), false);
    } else if (error.status === 400 && error.field === 'week') {
      fieldError('week', t('planner.weekError'));
    } else if (error.status === 400 && error.field === 'seconds') {
      fieldError('seconds', t('planner.secondsError'));
    } else if (error.status === 400 && field === 'file') {
      fieldError('file', t('planner.badProblem', { where: error.field || '?', detail: error.message }));
    } else {
      say(t('common.error'), false);
    }
  }

  function busy(on) {
    $('build').disabled = on;
    $('upload').disabled = on;
  }

  function started(answer) {
    rosterId = answer.id;
    problem = null;
    state = { status: answer.status };
    var url = new URL(window.location.href);
    url.searchParams.set('roster', rosterId);
    window.history.replaceState(null, '', url.toString());
    $('roster').hidden = true;
    follow();
  }

  /** Reads the problem once, then the roster every second until it is DONE or FAILED. */
  function follow() {
    $('run').hidden = false;
    progress();
    api.get('/api/v1/rosters/' + encodeURIComponent(rosterId) + '/problem').then(function (p) {
      problem = p;
      poll();
    }).catch(function (error) {
      busy(false);
      say(error.status === 404 ? t('common.notFound') : t('common.error'), false);
    });
  }

  function poll() {
    clearTimeout(timer);
    api.get('/api/v1/rosters/' + encodeURIComponent(rosterId)).then(function (r) {
      state = r;
      progress();
      if (r.status === 'SOLVING') {
        timer = setTimeout(poll, POLL_MS);
      } else {
        busy(false);
        render();
      }
    }).catch(function () {
      timer = setTimeout(poll, POLL_MS * 3);
    });
  }

  function placed() {
    return state && state.solution ? state.solution.assignments.length : 0;
  }

  function total() {
    return problem ? problem.sessions.length : 0;
  }

  function scoreText(score) {
    return score ? t('planner.score', { hard: score.hard, medium: score.medium, soft: score.soft }) : t('planner.noScore');
  }

  /** Writes only a changed text: rewriting the same words every second would have screen readers repeat them. */
  function setText(element, value) {
    if (element.textContent !== value) {
      element.textContent = value;
    }
  }

  function progress() {
    if (!state) {
      return;
    }
    var region = $('progress');
    region.setAttribute('data-status', state.status);
    var history = (region.getAttribute('data-seen') || '').split(' ').filter(Boolean);
    if (history[history.length - 1] !== state.status) {
      history.push(state.status);
      region.setAttribute('data-seen', history.join(' '));
    }
    var text = t('roster.' + state.status);
    if (state.status === 'DONE' && state.solveMillis !== undefined) {
      text += ' – ' + t('planner.took', { seconds: (state.solveMillis / 1000).toFixed(1) });
    }
    if (state.status === 'FAILED' && state.failure) {
      text += ' – ' + state.failure;
    }
    setText($('progress-status'), text);
    setText($('progress-score'), scoreText(state.score));
    setText($('progress-placed'), problem ? t('planner.placedCount', { placed: placed(), total: total() }) : t('common.loading'));
    var bar = $('progress-bar');
    bar.max = Math.max(1, total());
    bar.value = placed();
    $('stop').hidden = state.status !== 'SOLVING';
  }

  function byId(list) {
    var map = {};
    (list || []).forEach(function (x) { map[x.id] = x; });
    return map;
  }

  function communeName(code) {
    return Pan.has('commune.' + code) ? t('commune.' + code) : (problem && byId(problem.communes)[code] || {}).name || code;
  }

  function render() {
    if (!problem || !state || !state.solution) {
      return;
    }
    var slots = byId(problem.timeslots), venues = byId(problem.venues), animators = byId(problem.animators),
      kits = byId(problem.kits), sessions = byId(problem.sessions);
    var assignments = state.solution.assignments.slice().sort(function (a, b) {
      var sa = slots[a.timeslot] || {}, sb = slots[b.timeslot] || {};
      return (sa.start || '').localeCompare(sb.start || '') || a.session.localeCompare(b.session);
    });
    // commune -> day -> assignments
    var grid = {}, days = {};
    assignments.forEach(function (a) {
      var venue = venues[a.venue] || {};
      var slot = slots[a.timeslot] || {};
      var c = venue.commune || '?';
      grid[c] = grid[c] || {};
      (grid[c][slot.day] = grid[c][slot.day] || []).push(a);
      days[slot.day] = true;
    });
    var usedDays = DAYS.filter(function (d) { return days[d]; });
    var communes = Object.keys(grid).sort(function (a, b) { return communeName(a).localeCompare(communeName(b)); });
    var table = $('roster-grid');
    table.textContent = '';
    table.appendChild(el('caption', { class: 'visually-hidden', text: t('planner.gridCaption', { placed: placed(), total: total() }) }));
    var head = el('tr', null, [el('th', { scope: 'col', text: t('planner.commune') })]);
    usedDays.forEach(function (d) { head.appendChild(el('th', { scope: 'col', text: t(DAY.labels + d) })); });
    table.appendChild(el('thead', null, [head]));
    var body = el('tbody');
    communes.forEach(function (c) {
      var tr = el('tr', { 'data-commune': c }, [el('th', { scope: 'row', text: communeName(c) })]);
      usedDays.forEach(function (d) {
        var items = (grid[c][d] || []).map(function (a) {
          var slot = slots[a.timeslot] || {}, s = sessions[a.session] || {};
          var lines = [
            el('span', { class: 'slot-time', text: (slot.start || '') + '–' + (slot.end || '') }),
            el('span', { text: Pan.has('session.' + s.kind) ? t('session.' + s.kind) : (s.kind || '') }),
            el('span', { text: (venues[a.venue] || {}).name || a.venue }),
            el('span', null, [el('strong', { text: t('planner.animator') + ': ' }), (animators[a.animator] || {}).name || a.animator])
          ];
          if (a.kit) {
            lines.push(el('span', null, [el('strong', { text: t('planner.kit') + ': ' }), (kits[a.kit] || {}).name || a.kit]));
          }
          return el('li', { class: 'session', 'data-session': a.session }, lines);
        });
        tr.appendChild(el('td', null, items.length ? [el('ul', { class: 'sessions' }, items)] : [el('span', { class: 'visually-hidden', text: t('planner.none') })]));
      });
      body.appendChild(tr);
    });
    table.appendChild(body);

    var list = $('unassigned');
    list.textContent = '';
    var unassigned = state.solution.unassigned || [];
    $('unassigned-none').hidden = unassigned.length > 0;
    unassigned.forEach(function (u) {
      var s = sessions[u.session] || {};
      var reasons = el('ul', { class: 'reasons' }, (u.reasons || []).map(function (r) { return el('li', { text: r }); }));
      list.appendChild(el('li', { 'data-session': u.session }, [
        el('strong', { text: u.session }), ' – ' + communeName(s.commune) + (s.language ? ' (' + s.language + ')' : ''),
        reasons]));
    });

    var base = '/api/v1/rosters/' + encodeURIComponent(rosterId);
    $('csv-link').href = base + '.csv';
    $('stats-link').href = '/stats.html?roster=' + encodeURIComponent(rosterId);
    var ics = $('ics-links');
    ics.textContent = '';
    var mine = {};
    assignments.forEach(function (a) { mine[a.animator] = (mine[a.animator] || 0) + 1; });
    problem.animators.filter(function (a) { return mine[a.id]; }).forEach(function (a) {
      ics.appendChild(el('li', null, [el('a', { href: base + '/animators/' + encodeURIComponent(a.id) + '.ics', 'data-animator': a.id,
        text: t('planner.icsFor', { name: a.name, count: mine[a.id] }) })]));
    });
    $('roster').hidden = false;
  }

  document.addEventListener('DOMContentLoaded', function () {
    $('week').value = nextWeek();
    $('demand-form').addEventListener('submit', function (e) {
      e.preventDefault();
      clearErrors();
      var s = seconds();
      var week = $('week').value.trim();
      if (!/^\d{4}-W\d{2}$/.test(week)) {
        fieldError('week', t('planner.weekError'));
        return;
      }
      if (s === null) {
        return;
      }
      busy(true);
      api.post('/api/v1/rosters/from-demand?week=' + encodeURIComponent(week) + '&seconds=' + s).then(started)
        .catch(function (error) { busy(false); failed(error, 'week'); });
    });
    $('upload-form').addEventListener('submit', function (e) {
      e.preventDefault();
      clearErrors();
      var s = seconds();
      var file = $('problem-file').files[0];
      if (!file) {
        fieldError('file', t('planner.fileMissing'));
        return;
      }
      if (s === null) {
        return;
      }
      busy(true);
      file.text().then(function (text) {
        var json;
        try {
          json = JSON.parse(text);
        } catch (err) {
          busy(false);
          fieldError('file', t('planner.fileNotJson'));
          return null;
        }
        return api.post('/api/v1/rosters?seconds=' + s, json).then(started);
      }).catch(function (error) { busy(false); failed(error, 'file'); });
    });
    $('stop').addEventListener('click', function () {
      $('stop').disabled = true;
      api.del('/api/v1/rosters/' + encodeURIComponent(rosterId)).then(function (r) {
        $('stop').disabled = false;
        state = r;
        progress();
        poll();
      }).catch(function () {
        $('stop').disabled = false;
        say(t('common.error'), false);
      });
    });
    Pan.onLanguage(function () {
      progress();
      render();
    });
    Pan.ready.then(function () {
      var initial = new URLSearchParams(window.location.search).get('roster');
      if (initial) {
        rosterId = initial;
        busy(true);
        follow();
      }
    });
  });
})();
