// Hoctap's Telegram Mini App: the member's assignments and a document reader (table of contents,
// full text, key points, search inside the document, bookmarks, progress and confirmation).
// Every API call carries Telegram's initData, which the server checks; nothing is stored here.
(function () {
  'use strict';
  var tg = window.Telegram && window.Telegram.WebApp;
  var app = document.getElementById('app');
  var subtitle = document.getElementById('subtitle');

  // Read once: jumping to a section (#s2) replaces the address's hash, where Telegram put the data.
  var launchHash = location.hash;
  var signedData = (tg && tg.initData) || new URLSearchParams(launchHash.slice(1)).get('tgWebAppData') || '';
  function initData() { return signedData; }

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') { e.textContent = attrs[k]; } else if (k === 'onclick') { e.onclick = attrs[k]; } else { e.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) { if (c) { e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); } });
    return e;
  }

  function api(method, path) {
    return fetch('api/' + path, { method: method, headers: { 'X-Telegram-Init-Data': initData() }, cache: 'no-store' })
      .then(function (res) {
        return res.json().catch(function () { return {}; }).then(function (body) {
          if (res.status === 401) { throw { fatal: true, message: body.error || 'Không xác thực được tài khoản Telegram.' }; }
          return { status: res.status, body: body };
        });
      });
  }

  function fail(err) {
    app.innerHTML = '';
    app.appendChild(el('div', { 'class': 'card error', id: 'error' }, [
      el('p', { text: (err && err.message) || 'Không tải được dữ liệu. Vui lòng thử lại.' }),
      el('p', { 'class': 'muted', text: 'Hãy mở trang này từ Hoctap Bot trong Telegram.' })]));
  }

  // Vietnamese as people type it: with or without diacritics, đ = d, any case.
  function fold(s) {
    return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  }

  // Text with the query's matches wrapped in <mark> (matching on folded text, marking the original).
  function marked(text, query) {
    if (!query) { return [document.createTextNode(text)]; }
    var nodes = [], folded = fold(text), q = fold(query), from = 0, at;
    // fold() keeps one character per character for precomposed Vietnamese, so offsets line up.
    if (folded.length !== text.length) { return [document.createTextNode(text)]; }
    while (q && (at = folded.indexOf(q, from)) >= 0) {
      nodes.push(document.createTextNode(text.slice(from, at)));
      nodes.push(el('mark', { text: text.slice(at, at + q.length) }));
      from = at + q.length;
    }
    nodes.push(document.createTextNode(text.slice(from)));
    return nodes;
  }

  function home() {
    subtitle.textContent = '';
    api('GET', 'me').then(function (r) {
      var h = r.body;
      app.innerHTML = '';
      app.appendChild(el('h1', { text: 'Chào đồng chí ' + h.name }));
      app.appendChild(el('p', { 'class': 'muted', id: 'progress', text: 'Đã hoàn thành ' + h.done + '/' + h.total + ' tài liệu được giao.' }));
      if (!h.assignments.length) { app.appendChild(el('p', { text: 'Hiện đồng chí không có tài liệu nào cần học.' })); }
      h.assignments.forEach(function (a) {
        var status = a.done ? '✅ Đã học xong' : (a.overdue ? '⚠️ Quá hạn từ ' : '⏳ Hạn: ') + (a.done ? '' : a.deadline);
        app.appendChild(el('a', { 'class': 'card list-item', href: '?d=' + a.documentId + launchHash },
          [el('b', { text: a.code }), ' — ' + a.title, el('div', { 'class': 'muted', text: status })]));
      });
    }).catch(fail);
  }

  function reader(documentId, startAt) {
    api('GET', 'documents/' + documentId).then(function (r) {
      if (r.status !== 200) { throw { message: r.body.detail || r.body.error }; }
      render(r.body, startAt);
    }).catch(fail);
  }

  function render(d, startAt) {
    var bookmarks = new Set(d.bookmarks);
    subtitle.textContent = d.code + ' · ' + d.issued;
    app.innerHTML = '';
    app.appendChild(el('a', { href: '?' + launchHash, id: 'to-list', 'class': 'muted', text: '‹ Tài liệu của tôi' }));
    app.appendChild(el('h1', { id: 'doc-title', text: d.title }));
    if (d.assignment) { app.appendChild(progress(d.assignment)); }

    var search = el('input', { type: 'search', id: 'search', placeholder: 'Tìm trong tài liệu (có dấu hoặc không dấu)', 'aria-label': 'Tìm trong tài liệu' });
    var hits = el('div', { id: 'hits' });
    app.appendChild(el('div', { 'class': 'card' }, [search, hits]));

    var toc = el('details', { id: 'toc', open: '' }, [el('summary', { text: 'Mục lục' })]);
    var list = el('ol');
    var bookmarked = el('div', { id: 'bookmarked', 'class': 'muted' });
    toc.appendChild(bookmarked);
    toc.appendChild(list);
    app.appendChild(toc);

    var parts = [];
    var body = el('div', { id: 'text' });
    if (d.summary || d.keyPoints.length) {
      parts.push({ position: -1, heading: 'Tóm tắt', text: d.summary || '' , level: 1});
    }
    d.sections.forEach(function (s) { parts.push(s); });

    function starButton(p) {
      var b = el('button', { 'class': 'star' + (bookmarks.has(p.position) ? ' on' : ''), 'aria-label': 'Đánh dấu mục', title: 'Đánh dấu mục',
        'data-position': String(p.position), text: bookmarks.has(p.position) ? '★' : '☆' });
      b.onclick = function () {
        var on = !bookmarks.has(p.position);
        api(on ? 'PUT' : 'DELETE', 'documents/' + d.id + '/bookmarks/' + p.position).then(function (r) {
          if (r.status !== 200) { throw { message: r.body.detail || r.body.error }; }
          bookmarks = new Set(r.body);
          b.className = 'star' + (bookmarks.has(p.position) ? ' on' : '');
          b.textContent = bookmarks.has(p.position) ? '★' : '☆';
          showBookmarks();
        }).catch(function (e) { if (e.fatal) { fail(e); } else if (tg) { tg.showAlert(e.message); } });
      };
      return b;
    }

    function showBookmarks() {
      bookmarked.innerHTML = '';
      var marks = parts.filter(function (p) { return bookmarks.has(p.position); });
      if (marks.length) {
        bookmarked.appendChild(el('div', { text: '★ Đã đánh dấu:' }));
        marks.forEach(function (p) { bookmarked.appendChild(el('a', { href: '#s' + p.position, text: p.heading, style: 'display:block' })); });
      }
    }

    function draw(query) {
      body.innerHTML = '';
      parts.forEach(function (p) {
        var heading = el(p.level > 1 ? 'h3' : 'h2', { id: 's' + p.position }, [el('span', { 'class': 'h' }, marked(p.heading, query)), starButton(p)]);
        body.appendChild(heading);
        if (p.position === -1 && d.keyPoints.length) {
          var ul = el('ul');
          d.keyPoints.forEach(function (k) { ul.appendChild(el('li', {}, marked(k, query))); });
          body.appendChild(el('div', { 'class': 'card keypoints', id: 'keypoints' }, [el('b', { text: 'Những điểm chính' }), ul]));
        }
        if (p.text) { body.appendChild(el('p', { 'class': 'section-text' }, marked(p.text, query))); }
      });
    }

    parts.forEach(function (p) {
      list.appendChild(el('li', { 'class': 'level' + Math.min(p.level, 2) }, [el('a', { href: '#s' + p.position, text: p.heading })]));
    });
    app.appendChild(body);
    draw('');
    showBookmarks();

    var timer;
    search.oninput = function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var q = search.value.trim();
        draw(q.length >= 2 ? q : '');
        hits.innerHTML = '';
        if (q.length < 2) { return; }
        var fq = fold(q), found = parts.filter(function (p) { return fold(p.heading + '\n' + p.text).indexOf(fq) >= 0; });
        hits.appendChild(el('div', { 'class': 'muted', id: 'hit-count', text: found.length ? 'Có ' + found.length + ' mục chứa «' + q + '»:' : 'Không thấy «' + q + '» trong tài liệu.' }));
        found.slice(0, 20).forEach(function (p) { hits.appendChild(el('a', { href: '#s' + p.position, text: p.heading })); });
      }, 200);
    };
    if (startAt !== null) {
      var target = document.getElementById('s' + startAt);
      if (target) { target.scrollIntoView(); }
    }
  }

  function progress(a) {
    var box = el('div', { 'class': 'card', id: 'assignment' });
    box.appendChild(el('b', { text: a.done ? '✅ Đồng chí đã học xong lúc ' + a.confirmedAt : (a.overdue ? '⚠️ Quá hạn từ ' : '⏳ Hạn hoàn thành: ') + a.deadline }));
    if (!a.done && a.requirements.length) {
      var ul = el('ul', { 'class': 'req' });
      a.requirements.forEach(function (r) { ul.appendChild(el('li', { 'class': r.met ? 'ok' : '' , text: (r.met ? '✓ ' : '○ ') + r.label })); });
      box.appendChild(ul);
    }
    var message = el('p', { id: 'confirm-message', 'class': 'muted' });
    if (a.quiz) {
      box.appendChild(el('button', { id: 'quiz', 'class': 'secondary', text: '📝 Làm bài kiểm tra trong cuộc trò chuyện', onclick: function () {
        api('POST', 'assignments/' + a.assignmentId + '/quiz').then(function (r) {
          message.textContent = r.body.message || r.body.detail || r.body.error;
          if (r.status === 202 && tg) { tg.close(); }
        }).catch(fail);
      } }));
    }
    if (!a.done) {
      box.appendChild(el('button', { id: 'confirm', text: '✅ Tôi đã học xong', onclick: function () {
        api('POST', 'assignments/' + a.assignmentId + '/confirm').then(function (r) {
          if (r.status === 200) {
            message.textContent = '✅ Đã ghi nhận lúc ' + r.body.confirmedAt + '. Tiến độ: ' + r.body.done + '/' + r.body.total + ' tài liệu.';
            message.className = 'ok';
            document.getElementById('confirm').remove();
            if (tg && tg.HapticFeedback) { tg.HapticFeedback.notificationOccurred('success'); }
          } else {
            message.textContent = (r.body.error || '') + ' ' + (r.body.missing || []).join('; ');
          }
        }).catch(fail);
      } }));
    }
    box.appendChild(message);
    return box;
  }

  if (tg) { tg.ready(); tg.expand(); }
  if (!initData()) { fail({ message: 'Trang này chỉ mở được từ Hoctap Bot trong Telegram.' }); return; }
  var params = new URLSearchParams(location.search);
  var start = (tg && tg.initDataUnsafe && tg.initDataUnsafe.start_param) || '';
  var doc = params.get('d') || (start.match(/^d(\d+)$/) || [])[1];
  if (doc && /^\d{1,15}$/.test(doc)) {
    var s = params.get('s');
    reader(doc, s && /^-?\d{1,6}$/.test(s) ? s : null);
  } else {
    home();
  }
}());
