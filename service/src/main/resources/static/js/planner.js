/* Planner: keeps the registry (venues, animators, kits, timeslots: tables, CSV import and export, an animator's
   absence), builds a week from the demand or from an uploaded problem, follows the solve every second in a live
   region, can stop it, lists the week's rosters with publish and re-plan, then shows a roster in words (sessions
   placed, rules respected, sessions outside their preferred time; the score only in a details section), the
   re-plan's changes with their reasons, the grid (communes × dated days) with each session's language, public and
   seats, the unassigned sessions with their reasons, and the CSV / per-animator ICS downloads in the page's
   language. When the roster shown is its week's published one, each placed session has a lock toggle: a locked
   session stays where it is when the week is re-planned. Anything planned on ILLUSTRATIVE records says so. The roster id stays in the address (?roster=) so
   that a reload or a shared link shows the same roster. */
(function () {
  'use strict';

  var Pan = window.Pan, t = Pan.t, el = Pan.el, api = window.PanApi;
  // The grid's columns in the week's order: the planner's days, served by the page.
  var DAY = Pan.vocabulary('day'), DAYS = DAY.values;
  var POLL_MS = 1000;

  var LISTS = ['timeslots', 'venues', 'kits', 'animators'];
  var ZONE = 'Europe/Brussels';

  var rosterId = null, problem = null, state = null, timer = null, outcome = null, changes = null;
  var registry = {}, rosters = [];
  // The published sessions of the roster shown, by the problem's session id; null when it is not the week's
  // published roster (then the grid has no lock toggles: only a published session can be locked).
  var published = null;

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
    published = null;
    problem = null;
    outcome = null;
    changes = null;
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
        finished();
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

  /** Once the solve has ended: its outcome in words, a re-plan's changes, and the week's rosters again. */
  function finished() {
    if (!state.solution) {
      loadRosters();
      return;
    }
    api.get('/api/v1/rosters/' + encodeURIComponent(rosterId) + '/outcome').then(function (o) {
      outcome = o;
      // The roster's own week: the list shows its week's rosters, the grid its dates.
      if (o.week && $('week').value.trim() !== o.week) {
        $('week').value = o.week;
      }
      loadRosters();
      render();
    }).catch(function () { loadRosters(); /* the score stays in its details */ });
    if (state.solution.changes) {
      api.get('/api/v1/rosters/' + encodeURIComponent(rosterId) + '/changes').then(function (c) {
        changes = c;
        renderChanges();
      }).catch(function () { say(t('common.error'), false); });
    } else {
      changes = null;
      renderChanges();
    }
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
    var monday = mondayOf(outcome && outcome.week);
    var communes = Object.keys(grid).sort(function (a, b) { return communeName(a).localeCompare(communeName(b)); });
    var table = $('roster-grid');
    table.textContent = '';
    table.appendChild(el('caption', { class: 'visually-hidden', text: t('planner.gridCaption', { placed: placed(), total: total() }) }));
    var head = el('tr', null, [el('th', { scope: 'col', text: t('planner.commune') })]);
    usedDays.forEach(function (d) {
      head.appendChild(el('th', { scope: 'col', 'data-day': d, text: monday ? dayDate(monday, DAYS.indexOf(d)) : t(DAY.labels + d) }));
    });
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
            el('span', { class: 'session-language', text: t('planner.sessionLanguage', { language: Pan.languageName(s.language) }) }),
            el('span', { class: 'session-public', text: t('planner.sessionPublic', { public: publicName(s.targetGroup) }) }),
            el('span', { class: 'session-seats', text: t('planner.sessionSeats', { seats: seats(s, venues[a.venue], a.kit ? kits[a.kit] : null) }) }),
            el('span', { text: (venues[a.venue] || {}).name || a.venue }),
            el('span', null, [el('strong', { text: t('planner.animator') + ': ' }), (animators[a.animator] || {}).name || a.animator])
          ];
          if (a.kit) {
            lines.push(el('span', null, [el('strong', { text: t('planner.kit') + ': ' }), (kits[a.kit] || {}).name || a.kit]));
          }
          var p = published && published[a.session];
          if (p) {
            lines[0].id = 'slot-' + a.session;
            lines.push(lockToggle(p, a.session));
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

    $('locks-hint').hidden = !published;

    var base = '/api/v1/rosters/' + encodeURIComponent(rosterId);
    var lang = '?lang=' + encodeURIComponent(Pan.lang());
    $('csv-link').href = base + '.csv' + lang;
    $('stats-link').href = '/stats.html?roster=' + encodeURIComponent(rosterId);
    var ics = $('ics-links');
    ics.textContent = '';
    var mine = {};
    assignments.forEach(function (a) { mine[a.animator] = (mine[a.animator] || 0) + 1; });
    problem.animators.filter(function (a) { return mine[a.id]; }).forEach(function (a) {
      ics.appendChild(el('li', null, [el('a', { href: base + '/animators/' + encodeURIComponent(a.id) + '.ics' + lang, 'data-animator': a.id,
        text: t('planner.icsFor', { name: a.name, count: mine[a.id] }) })]));
    });
    $('roster-illustrative').hidden = !(outcome && outcome.illustrative);
    $('roster').hidden = false;
    renderOutcome();
    renderChanges();
  }

  /**
   * A toggle with one label, "Lock", pressed when the session is locked: a toggle's label must not change with its
   * state (WAI-ARIA), or a screen reader says "Unlock, pressed". The visible "locked" badge says it to the eye too.
   */
  function lockToggle(session, ref) {
    var b = el('button', { type: 'button', class: 'button secondary lock', 'data-published-session': session.id,
      'aria-pressed': String(session.locked), 'aria-describedby': 'slot-' + ref, text: t('planner.lock') });
    var badge = el('span', { class: 'badge lock-state', text: t('planner.locked') });
    badge.hidden = !session.locked;
    b.addEventListener('click', function () {
      var lock = b.getAttribute('aria-pressed') !== 'true';
      b.disabled = true;
      say('', true);
      api.post('/api/v1/sessions/' + encodeURIComponent(session.id) + (lock ? '/lock' : '/unlock')).then(function (view) {
        session.locked = view.locked;
        b.setAttribute('aria-pressed', String(view.locked));
        badge.hidden = !view.locked;
        b.disabled = false;
      }).catch(function (error) {
        b.disabled = false;
        say(error.status === 409 ? t('planner.lockRefused', { detail: error.message })
          : (error.status === 403 ? t('common.forbidden') : t('common.error')), false);
      });
    });
    return el('span', { class: 'lock-toggle' }, [b, badge]);
  }

  /** "3 of 3 sessions placed; every rule respected; 2 sessions outside the preferred time" */
  function renderOutcome() {
    var box = $('outcome');
    if (!outcome) {
      box.textContent = '';
      return;
    }
    var parts = [t('planner.outcomePlaced', { placed: outcome.placed, total: outcome.total })];
    parts.push(outcome.rulesBroken === 0 ? t('planner.outcomeRules') : t('planner.outcomeRulesBroken', { count: outcome.rulesBroken }));
    parts.push(outcome.outsidePreferredPeriod === 0 ? t('planner.outcomeInTime')
      : t('planner.outcomeOutside', { count: outcome.outsidePreferredPeriod }));
    if (outcome.communesWithoutSession > 0) {
      parts.push(t('planner.outcomeCommunes', { count: outcome.communesWithoutSession }));
    }
    box.textContent = parts.join('; ') + '.';
  }

  /** A re-plan's changes: counts, then each session moved, dropped or added with the planner's reasons. */
  function renderChanges() {
    var section = $('changes');
    if (!changes) {
      section.hidden = true;
      return;
    }
    $('changes-summary').textContent = t('planner.changesSummary', { kept: changes.kept, moved: changes.moved,
      dropped: changes.dropped, added: changes.added });
    var list = $('changes-list');
    list.textContent = '';
    var sessions = byId(problem ? problem.sessions : []);
    changes.changes.forEach(function (c) {
      var s = sessions[c.session] || {};
      var what = [el('strong', { text: t('planner.change.' + c.change) }), ' – ' + c.session + ' ('
        + (Pan.has('session.' + s.kind) ? t('session.' + s.kind) : (s.kind || '')) + ', ' + communeName(s.commune) + ')'];
      if (c.from) {
        what.push(el('span', { class: 'change-from', text: ' ' + t('planner.changeFrom', { where: placeText(c.from) }) }));
      }
      if (c.to) {
        what.push(el('span', { class: 'change-to', text: ' ' + t('planner.changeTo', { where: placeText(c.to) }) }));
      }
      if (c.locked) {
        what.push(el('span', { class: 'badge', text: t('planner.locked') }));
      }
      what.push(el('ul', { class: 'reasons' }, (c.reasons || []).map(function (reason) { return el('li', { text: reason }); })));
      list.appendChild(el('li', { 'data-session': c.session, 'data-change': c.change }, what));
    });
    section.hidden = false;
  }

  /** Where an assignment holds a session, in words: day, time, venue. */
  function placeText(a) {
    var slot = byId(problem ? problem.timeslots : [])[a.timeslot] || {};
    var venue = byId(problem ? problem.venues : [])[a.venue] || {};
    var monday = mondayOf(outcome && outcome.week);
    var day = slot.day ? (monday ? dayDate(monday, DAYS.indexOf(slot.day)) : t(DAY.labels + slot.day)) : a.timeslot;
    return day + ' ' + (slot.start || '') + ', ' + (venue.name || a.venue);
  }

  /** The seats a session gets: its venue's seats and its kit's devices, capped by its participants. */
  function seats(session, venue, kit) {
    var capacity = ((venue || {}).seats || 0) + ((kit || {}).devices || 0);
    return Math.min(session.participants || 0, capacity);
  }

  function publicName(group) {
    var code = group || 'GENERAL';
    return Pan.has('tg.' + code) ? t('tg.' + code) : code;
  }

  /** The Monday of an ISO week (2026-W49) as a UTC date, or null. */
  function mondayOf(week) {
    var m = /^(\d{4})-W(\d{2})$/.exec(week || '');
    if (!m) {
      return null;
    }
    var jan4 = new Date(Date.UTC(+m[1], 0, 4));
    var monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86400000);
    return new Date(monday.getTime() + (+m[2] - 1) * 7 * 86400000);
  }

  /** A day of the week in words with its date, as Brussels reads it: "mardi 1 décembre". */
  function dayDate(monday, index) {
    var day = new Date(monday.getTime() + index * 86400000 + 12 * 3600000);
    return new Intl.DateTimeFormat(Pan.lang(), { weekday: 'long', day: 'numeric', month: 'long', timeZone: ZONE }).format(day);
  }

  /* ---- The week's rosters: publish, re-plan ---- */

  function loadRosters() {
    var week = $('week').value.trim();
    if (!/^\d{4}-W\d{2}$/.test(week)) {
      return;
    }
    api.get('/api/v1/rosters?week=' + encodeURIComponent(week)).then(function (list) {
      rosters = list;
      renderRosters(week);
      loadLocks(week);
    }).catch(function () { /* the list stays as it was */ });
  }

  /** The published sessions with their locks, when the roster shown is the week's published one (else none). */
  function loadLocks(week) {
    var shown = rosters.filter(function (r) { return r.id === rosterId && r.published; })[0];
    if (!shown) {
      if (published) {
        published = null;
        render();
      }
      return;
    }
    api.get('/api/v1/sessions?week=' + encodeURIComponent(week)).then(function (list) {
      published = {};
      list.forEach(function (p) {
        if (p.session) {
          published[p.session] = p;
        }
      });
      render();
    }).catch(function (error) {
      say(error.status === 403 ? t('common.forbidden') : t('common.error'), false);
    });
  }

  function renderRosters(week) {
    $('rosters-week').textContent = t('planner.rostersOf', { week: week });
    var table = $('rosters-table');
    table.textContent = '';
    $('rosters-none').hidden = rosters.length > 0;
    if (!rosters.length) {
      return;
    }
    var published = rosters.filter(function (r) { return r.published; })[0];
    var head = el('tr', null, ['planner.colCreated', 'planner.colSource', 'planner.status', 'planner.placed', 'planner.colPublished', 'planner.colActions']
      .map(function (k) { return el('th', { scope: 'col', text: t(k).replace(/:$/, '') }); }));
    table.appendChild(el('thead', null, [head]));
    var body = el('tbody');
    rosters.forEach(function (r) {
      var actions = [el('a', { href: '/planner.html?roster=' + encodeURIComponent(r.id), class: 'show-roster', text: t('planner.show') })];
      var canPublish = r.status === 'DONE' && !r.published && !r.publishedAt && r.score && r.score.hard === 0
        && (!published || r.replanOf === published.id);
      if (canPublish) {
        actions.push(button('publish', t('planner.publish'), function () { publish(r.id); }));
      }
      if (r.published) {
        actions.push(button('replan', t('planner.replan'), function () { replan(r.id); }));
      }
      var status = [t('roster.' + r.status)];
      if (r.illustrative) {
        status.push(el('span', { class: 'illustrative', text: t('planner.illustrative') }));
      }
      body.appendChild(el('tr', { 'data-roster': r.id, 'data-source': r.source }, [
        el('td', { text: new Intl.DateTimeFormat(Pan.lang(), { dateStyle: 'short', timeStyle: 'short', timeZone: ZONE }).format(new Date(r.createdAt)) }),
        el('td', { text: t('planner.source.' + r.source) }),
        el('td', null, status),
        el('td', { text: r.sessions && r.sessions.placed !== null ? t('planner.placedCount', { placed: r.sessions.placed, total: r.sessions.total }) : '–' }),
        el('td', { class: 'published', text: r.published ? t('planner.isPublished') : (r.publishedAt ? t('planner.wasPublished') : '–') }),
        el('td', { class: 'actions' }, actions)
      ]));
    });
    table.appendChild(body);
  }

  function button(name, text, onClick) {
    var b = el('button', { type: 'button', class: 'button secondary ' + name, text: text });
    b.addEventListener('click', function () {
      b.disabled = true;
      onClick();
    });
    return b;
  }

  function publish(id) {
    say('', true);
    api.post('/api/v1/rosters/' + encodeURIComponent(id) + '/publish').then(function (p) {
      say(t('planner.publishedNow', { week: p.week, count: p.published, moved: p.moved, dropped: p.dropped }), true);
      loadRosters();
    }).catch(function (error) {
      say(error.status === 409 ? t('planner.publishRefused', { detail: error.message }) : t('common.error'), false);
      loadRosters();
    });
  }

  function replan(id) {
    say('', true);
    var s = seconds();
    if (s === null) {
      loadRosters();
      return;
    }
    busy(true);
    api.post('/api/v1/rosters/' + encodeURIComponent(id) + '/replan?seconds=' + s).then(started)
      .catch(function (error) { busy(false); failed(error, null); loadRosters(); });
  }

  /* ---- The registry: tables, CSV import, an animator's absence ---- */

  var COLUMNS = {
    timeslots: [['id', 'id'], ['day', function (x) { return t(DAY.labels + x.day); }], ['start', 'start'], ['end', 'end']],
    venues: [['id', 'id'], ['venue', 'name'], ['commune', function (x) { return communeName(x.commune); }],
      ['address', function (x) { return x.address || '–'; }], ['seats', 'seats'],
      ['accessible', function (x) { return x.accessible ? t('planner.yes') : t('planner.no'); }]],
    kits: [['id', 'id'], ['kit', 'name'], ['venue', 'homeVenue'], ['devices', 'devices'],
      ['braille', function (x) { return x.braille ? t('planner.yes') : t('planner.no'); }]],
    animators: [['id', 'id'], ['animator', 'name'], ['commune', function (x) { return communeName(x.homeCommune); }],
      ['language', function (x) { return (x.languages || []).map(function (l) { return Pan.languageName(l); }).join(', '); }],
      ['maxSessions', 'maxSessions'],
      ['absences', function (x) { return (x.absences || []).map(function (a) { return a.from === a.to ? a.from : a.from + '–' + a.to; }).join(', ') || '–'; }]]
  };

  function loadRegistry() {
    return Promise.all(LISTS.map(function (list) {
      return api.get('/api/v1/registry/' + list).then(function (records) { registry[list] = records; });
    })).then(renderRegistry).catch(function (error) {
      say(error.status === 403 ? t('common.forbidden') : t('common.error'), false);
    });
  }

  function renderRegistry() {
    var illustrative = false;
    LISTS.forEach(function (list) {
      var records = registry[list] || [];
      var box = $('registry-' + list);
      box.querySelector('.registry-count').textContent = String(records.length);
      var table = box.querySelector('table');
      var caption = table.querySelector('caption');
      table.textContent = '';
      table.appendChild(caption);
      table.appendChild(el('thead', null, [el('tr', null, COLUMNS[list].map(function (c) {
        return el('th', { scope: 'col', text: t('export.' + c[0]) });
      }))]));
      var body = el('tbody');
      records.forEach(function (x) {
        var cells = COLUMNS[list].map(function (c, i) {
          var value = typeof c[1] === 'function' ? c[1](x) : x[c[1]];
          var cell = el(i === 0 ? 'th' : 'td', i === 0 ? { scope: 'row' } : null, [String(value === undefined || value === null ? '–' : value)]);
          if (i === 0 && x.provenance === 'ILLUSTRATIVE') {
            cell.appendChild(el('span', { class: 'illustrative', text: t('planner.illustrative') }));
          }
          return cell;
        });
        illustrative = illustrative || x.provenance === 'ILLUSTRATIVE';
        body.appendChild(el('tr', { 'data-id': x.id }, cells));
      });
      table.appendChild(body);
    });
    $('registry-illustrative').hidden = !illustrative;
    LISTS.forEach(function (list) { $('export-' + list).href = '/api/v1/registry/' + list + '.csv'; });
    var select = $('absent-animator');
    var chosen = select.value;
    select.textContent = '';
    (registry.animators || []).forEach(function (a) {
      select.appendChild(el('option', { value: a.id, text: a.id + (a.name ? ' – ' + a.name : '') }));
    });
    if (chosen) {
      select.value = chosen;
    }
  }

  function registryError(list, text) {
    var err = $('import-' + list + '-error');
    var input = $('import-' + list);
    err.textContent = text || '';
    err.hidden = !text;
    if (text) {
      input.setAttribute('aria-invalid', 'true');
      input.focus();
    } else {
      input.removeAttribute('aria-invalid');
    }
  }

  function importCsv(list) {
    registryError(list, null);
    var file = $('import-' + list).files[0];
    if (!file) {
      registryError(list, t('planner.fileMissing'));
      return;
    }
    var button = $('import-' + list + '-button');
    button.disabled = true;
    file.text().then(function (text) {
      return api.upload('/api/v1/registry/' + list + '.csv', text, 'text/csv; charset=UTF-8');
    }).then(function (report) {
      button.disabled = false;
      $('registry-message').textContent = '';
      $('registry-message').appendChild(el('p', { class: 'notice', text: t('planner.imported', { list: t('registry.' + list),
        lines: report.lines, created: report.created, updated: report.updated, unchanged: report.unchanged }) }));
      return loadRegistry();
    }).catch(function (error) {
      button.disabled = false;
      if (error.status === 400 || error.status === 413) {
        var lines = (error.problem.errors || []).slice(0, 5).map(function (e) {
          return t('planner.importLine', { line: e.line === null || e.line === undefined ? '?' : e.line, column: e.column || '–', message: e.message });
        });
        registryError(list, t('planner.importRefused') + ' ' + (lines.length ? lines.join(' · ') : error.message));
      } else {
        say(error.status === 403 ? t('common.forbidden') : t('common.error'), false);
      }
    });
  }

  function markAbsent() {
    var id = $('absent-animator').value;
    var day = $('absent-day').value;
    var err = $('absent-day-error');
    err.hidden = true;
    $('absent-day').removeAttribute('aria-invalid');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) {
      err.textContent = t('planner.absentDayError');
      err.hidden = false;
      $('absent-day').setAttribute('aria-invalid', 'true');
      $('absent-day').focus();
      return;
    }
    $('mark-absent').disabled = true;
    api.get('/api/v1/registry/animators/' + encodeURIComponent(id)).then(function (a) {
      a.absences = (a.absences || []).concat([{ from: day, to: day }]);
      return api.put('/api/v1/registry/animators/' + encodeURIComponent(id), a);
    }).then(function () {
      $('mark-absent').disabled = false;
      $('registry-message').textContent = '';
      $('registry-message').appendChild(el('p', { class: 'notice', text: t('planner.absentRecorded', { animator: id, day: day }) }));
      return loadRegistry();
    }).catch(function (error) {
      $('mark-absent').disabled = false;
      say(error.status === 409 ? t('planner.staleRecord') : (error.status === 400 ? error.message : t('common.error')), false);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    $('week').value = nextWeek();
    $('week').addEventListener('change', loadRosters);
    LISTS.forEach(function (list) {
      $('registry-' + list).querySelector('form').addEventListener('submit', function (e) {
        e.preventDefault();
        importCsv(list);
      });
    });
    $('absence-form').addEventListener('submit', function (e) {
      e.preventDefault();
      markAbsent();
    });
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
      renderRegistry();
      loadRosters();
    });
    Pan.ready.then(function () {
      loadRegistry();
      loadRosters();
      var initial = new URLSearchParams(window.location.search).get('roster');
      if (initial) {
        rosterId = initial;
        busy(true);
        follow();
      }
    });
  });
})();
