/* Statistics for planners, one ended calendar month at a time (statistics 2.0, issue 15): fragility level by commune
   and by target group as inline SVG bar charts (every bar labelled with its level and its number in text), and a
   table per commune comparing the demand (diagnoses) with the sessions of a roster (?roster=<id>): sessions in its
   problem by the commune of the demand, and sessions placed by the commune of the venue. The API lists only the
   cells it shows: a cell that is absent reads "–" ("not shown" to a screen reader), whether nobody is in it, fewer
   than 5, or it is hidden so that no small number can be worked out; the page does not tell them apart either. */
(function () {
  'use strict';

  var Pan = window.Pan, t = Pan.t, el = Pan.el, api = window.PanApi;
  // One bar per fragility level, least fragile first: the contract's enum, served by the page.
  var LEVEL = Pan.vocabulary('fragilityLevel'), LEVELS = LEVEL.values;
  var SVG = 'http://www.w3.org/2000/svg';
  var stats = null, roster = null;

  function $(id) { return document.getElementById(id); }

  function svg(tag, attrs, text) {
    var e = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) {
      e.textContent = text;
    }
    return e;
  }

  function say(text) {
    var box = $('stats-message');
    box.textContent = '';
    if (text) {
      box.appendChild(el('p', { class: 'alert', text: text }));
    }
  }

  function communeName(code) {
    return Pan.has('commune.' + code) ? t('commune.' + code) : code;
  }

  function groupName(code) {
    return Pan.has('tg.' + code) ? t('tg.' + code) : code;
  }

  /** "12", or "–" for a cell the API does not list (none, too few, or hidden). */
  function shown(cell) {
    return cell ? String(cell.count) : t('stats.notShownShort');
  }

  /**
   * One chart: a block per row (commune or group) with a bar per level. rows: [{key, name}], cells: key -> level -> cell.
   * role="img" with a title and a description that reads out every number (the same as the visible text).
   */
  function chart(host, id, title, rows, cells) {
    host.textContent = '';
    if (!rows.length) {
      host.appendChild(el('p', { text: t('stats.noData') }));
      return;
    }
    var max = 1;
    rows.forEach(function (r) {
      LEVELS.forEach(function (l) {
        var c = cells[r.key][l];
        if (c && c.count > max) {
          max = c.count;
        }
      });
    });
    var W = 340, LABEL = 110, BAR = 170, ROW = 22, HEAD = 26, GAP = 12;
    // A long bilingual name ("Molenbeek-Saint-Jean / Sint-Jans-Molenbeek") goes on two lines: SVG text does not wrap.
    function titleLines(name) {
      var cut = name.indexOf(' / ');
      return name.length > 28 && cut > 0 ? [name.substring(0, cut + 2), name.substring(cut + 3)] : [name];
    }
    var height = 0;
    rows.forEach(function (r) { height += titleLines(r.name).length * HEAD + LEVELS.length * ROW + GAP; });
    // 1.2 × the drawing's size on a wide screen (15 px text reads as 18 px); it shrinks to the width on a phone.
    var root = svg('svg', { class: 'chart', viewBox: '0 0 ' + W + ' ' + height, width: Math.round(W * 1.2),
      height: Math.round(height * 1.2), role: 'img', 'aria-labelledby': id + '-title ' + id + '-desc', 'data-chart': id });
    root.appendChild(svg('title', { id: id + '-title' }, title));
    var desc = [];
    var y = 0;
    rows.forEach(function (r) {
      var group = svg('g', { 'data-row': r.key });
      titleLines(r.name).forEach(function (line) {
        group.appendChild(svg('text', { x: 0, y: y + 18, class: 'group-title' }, line));
        y += HEAD;
      });
      var parts = [];
      LEVELS.forEach(function (l) {
        var c = cells[r.key][l];
        var value = shown(c);
        parts.push(t(LEVEL.labels + l) + ' ' + (c ? value : t('stats.notShown')));
        group.appendChild(svg('text', { x: 0, y: y + 15 }, t(LEVEL.labels + l)));
        group.appendChild(svg('rect', { class: 'track', x: LABEL, y: y + 3, width: BAR, height: ROW - 6 }));
        if (c) {
          group.appendChild(svg('rect', { class: 'bar', x: LABEL, y: y + 3, width: Math.max(2, BAR * c.count / max),
            height: ROW - 6, 'data-level': l }));
        }
        group.appendChild(svg('text', { x: LABEL + BAR + 6, y: y + 15, class: 'value', 'data-level': l }, value));
        y += ROW;
      });
      y += GAP;
      desc.push(r.name + ': ' + parts.join(', '));
      root.appendChild(group);
    });
    root.insertBefore(svg('desc', { id: id + '-desc' }, desc.join('. ') + '.'), root.childNodes[1]);
    host.appendChild(root);
  }

  function table(rows, keyField) {
    var cells = {}, keys = [];
    (rows || []).forEach(function (c) {
      if (!cells[c[keyField]]) {
        cells[c[keyField]] = {};
        keys.push(c[keyField]);
      }
      cells[c[keyField]][c.level] = c;
    });
    return { cells: cells, keys: keys };
  }

  function cellText(cell) {
    if (!cell) {
      return el('span', { class: 'not-shown', 'data-not-shown': 'true' }, [
        el('span', { 'aria-hidden': 'true', text: t('stats.notShownShort') }),
        el('span', { class: 'visually-hidden', text: t('stats.notShown') })]);
    }
    return el('span', { text: String(cell.count) });
  }

  function render() {
    if (!stats) {
      return;
    }
    $('stats-total').textContent = stats.total === null
      ? t('stats.totalSuppressed', { threshold: stats.threshold, month: stats.month })
      : t('stats.total', { count: stats.total, month: stats.month });
    $('stats-suppression').textContent = t('stats.suppression', { threshold: stats.threshold });

    var communes = table(stats.levelByCommune, 'commune');
    chart($('commune-chart'), 'chart-commune', t('stats.byCommune'),
      communes.keys.map(function (k) { return { key: k, name: communeName(k) }; })
        .sort(function (a, b) { return a.name.localeCompare(b.name); }), communes.cells);
    var groups = table(stats.levelByTargetGroup, 'targetGroup');
    chart($('group-chart'), 'chart-group', t('stats.byGroup'),
      groups.keys.map(function (k) { return { key: k, name: groupName(k) }; }), groups.cells);

    // Demand against the roster
    var demand = {}, requested = {}, placed = {};
    stats.byCommune.forEach(function (c) { demand[c.key] = c; });
    if (roster) {
      var venues = {};
      roster.problem.venues.forEach(function (v) { venues[v.id] = v; });
      roster.problem.sessions.forEach(function (s) { requested[s.commune] = (requested[s.commune] || 0) + 1; });
      ((roster.state.solution || {}).assignments || []).forEach(function (a) {
        var c = (venues[a.venue] || {}).commune;
        placed[c] = (placed[c] || 0) + 1;
      });
    }
    var keys = Object.keys(demand);
    Object.keys(requested).concat(Object.keys(placed)).forEach(function (k) {
      if (keys.indexOf(k) < 0) {
        keys.push(k);
      }
    });
    keys.sort(function (a, b) { return communeName(a).localeCompare(communeName(b)); });
    var tbl = $('demand-table');
    tbl.textContent = '';
    tbl.appendChild(el('caption', { class: 'visually-hidden', text: t('stats.demand') }));
    var head = el('tr', null, [el('th', { scope: 'col', text: t('planner.commune') }),
      el('th', { scope: 'col', text: t('stats.diagnoses') })]);
    if (roster) {
      head.appendChild(el('th', { scope: 'col', text: t('stats.requested') }));
      head.appendChild(el('th', { scope: 'col', text: t('stats.placed') }));
    }
    tbl.appendChild(el('thead', null, [head]));
    var body = el('tbody');
    keys.forEach(function (k) {
      var tr = el('tr', { 'data-commune': k }, [el('th', { scope: 'row', text: communeName(k) }),
        el('td', { class: 'num demand' }, [cellText(demand[k])])]);
      if (roster) {
        tr.appendChild(el('td', { class: 'num requested', text: String(requested[k] || 0) }));
        tr.appendChild(el('td', { class: 'num placed', text: String(placed[k] || 0) }));
      }
      body.appendChild(tr);
    });
    tbl.appendChild(body);
    $('demand-roster').textContent = roster
      ? t('stats.rosterShown', { problem: roster.state.problemId, status: t('roster.' + roster.state.status) })
      : t('stats.noRoster');
  }

  function load() {
    var month = $('month').value.trim(), id = $('roster-id').value.trim();
    $('month-error').hidden = true;
    $('month').removeAttribute('aria-invalid');
    say('');
    var url = new URL(window.location.href);
    [['roster', id], ['month', month]].forEach(function (p) {
      if (p[1]) {
        url.searchParams.set(p[0], p[1]);
      } else {
        url.searchParams.delete(p[0]);
      }
    });
    window.history.replaceState(null, '', url.toString());
    var rosterCall = !id ? Promise.resolve(null) : Promise.all([
      api.get('/api/v1/rosters/' + encodeURIComponent(id)),
      api.get('/api/v1/rosters/' + encodeURIComponent(id) + '/problem')
    ]).then(function (both) {
      return { state: both[0], problem: both[1] };
    }).catch(function () {
      say(t('stats.rosterNotFound'));
      return null;
    });
    return Promise.all([api.get('/api/v1/stats' + (month ? '?month=' + encodeURIComponent(month) : '')), rosterCall])
      .then(function (both) {
        stats = both[0];
        roster = both[1];
        if (!month) {
          $('month').value = stats.month; // the latest ended month, which the API chose
        }
        render();
      }).catch(function (error) {
        if (error.status === 400 && error.field === 'month') {
          $('month-error').textContent = t('stats.monthError');
          $('month-error').hidden = false;
          $('month').setAttribute('aria-invalid', 'true');
          $('month').focus();
        } else {
          say(error.status === 403 ? t('common.forbidden') : t('common.error'));
        }
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var params = new URLSearchParams(window.location.search);
    if (/^\d{4}-\d{2}$/.test(params.get('month') || '')) {
      $('month').value = params.get('month');
    }
    if (params.get('roster')) {
      $('roster-id').value = params.get('roster');
    }
    $('stats-filter').addEventListener('submit', function (e) {
      e.preventDefault();
      load();
    });
    Pan.onLanguage(render);
    Pan.ready.then(load);
  });
})();
