/* PAN: calls the REST API with the session cookie. State-changing requests echo the XSRF-TOKEN cookie in
   the X-XSRF-TOKEN header (SecurityConfig.needsCsrfToken). Errors come back as RFC 9457 problem JSON. */
(function () {
  'use strict';

  function cookie(name) {
    var parts = document.cookie ? document.cookie.split('; ') : [];
    for (var i = 0; i < parts.length; i++) {
      var eq = parts[i].indexOf('=');
      if (parts[i].substring(0, eq) === name) {
        return decodeURIComponent(parts[i].substring(eq + 1));
      }
    }
    return null;
  }

  /** An API error: status, the problem document, and the field it names (or null). */
  function ApiError(status, problem) {
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem || {};
    this.field = (problem && problem.field) || null;
    this.message = (problem && (problem.detail || problem.title)) || ('HTTP ' + status);
  }
  ApiError.prototype = Object.create(Error.prototype);

  /** A call with a JSON body (an object), or with a text body of its own type ({text, type}: a CSV file). */
  function request(method, path, body, withHeaders) {
    var headers = { 'Accept': 'application/json, application/problem+json' };
    var raw = body !== undefined && body !== null && typeof body.text === 'string' && typeof body.type === 'string';
    if (body !== undefined) {
      headers['Content-Type'] = raw ? body.type : 'application/json';
    }
    if (method !== 'GET' && method !== 'HEAD') {
      var token = cookie('XSRF-TOKEN');
      if (token) {
        headers['X-XSRF-TOKEN'] = token;
      }
    }
    return fetch(path, {
      method: method,
      headers: headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : (raw ? body.text : JSON.stringify(body))
    }).then(function (response) {
      if (response.status === 401) {
        // The session has ended: sign in again and come back here.
        window.location.assign('/login?expired');
        return new Promise(function () {});
      }
      var type = response.headers.get('Content-Type') || '';
      var parse = type.indexOf('json') >= 0 ? response.json() : Promise.resolve(null);
      return parse.then(function (json) {
        if (!response.ok) {
          throw new ApiError(response.status, json);
        }
        return withHeaders ? { body: json, headers: response.headers } : json;
      });
    });
  }

  window.PanApi = {
    cookie: cookie,
    ApiError: ApiError,
    get: function (path) { return request('GET', path); },
    /** A page of a list: { items, total } where total is the X-Total-Count header (the items' count without it). */
    list: function (path) {
      return request('GET', path, undefined, true).then(function (r) {
        var total = r.headers.get('X-Total-Count');
        return { items: r.body || [], total: total === null ? (r.body || []).length : Number(total) };
      });
    },
    post: function (path, body) { return request('POST', path, body); },
    put: function (path, body) { return request('PUT', path, body); },
    /** Posts a text file as it is (a registry CSV: text/csv; charset=UTF-8). */
    upload: function (path, text, type) { return request('POST', path, { text: text, type: type }); },
    del: function (path) { return request('DELETE', path); }
  };
})();
