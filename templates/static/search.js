// claimtrack search: reads the index under search/ (built by `build`, see
// internal/site/search.go) on demand, a block of claims at a time, newest
// first (claims are numbered from the oldest), until it has a page of results: a query fetches a few small
// files however many claims the site has. Words are split here exactly as
// there. Results are built from text nodes only: a claim's words are data.
(function () {
	"use strict";
	const form = document.getElementById("search");
	if (!form) return;
	const base = form.dataset.index, root = form.dataset.root;
	const q = form.elements.q, speaker = form.elements.speaker, status = form.elements.status, year = form.elements.year;
	const results = document.getElementById("results"), summary = document.getElementById("summary"), more = document.getElementById("more");
	const cache = new Map();
	const PAGE = 20;
	let index, stop, run = 0;
	let state = null; // the query being shown: its filters, next block to read, hits read and shown

	function get(path) {
		if (!cache.has(path)) {
			cache.set(path, fetch(base + path).then(r => (r.ok ? r.json() : null)).catch(() => null));
		}
		return cache.get(path);
	}
	// numbers decodes a delta-encoded list of claim numbers of block b.
	function numbers(d, b) {
		let n = b * index.block;
		return new Set((d || []).map(x => (n += x)));
	}
	function words(text) {
		return text.normalize("NFKD").replace(/\p{Mn}/gu, "").toLowerCase()
			.split(/[^\p{L}\p{N}]+/u).filter(w => [...w].length >= 2 && !stop.has(w));
	}
	// shardsFor lists the shards that can hold a word: the longest prefix
	// it starts with and, for a word still being typed, every longer one.
	function shardsFor(w, prefix) {
		let best = "";
		for (const p of index.prefixes) if (w.startsWith(p) && p.length > best.length) best = p;
		const out = best ? [best] : [];
		if (prefix) for (const p of index.prefixes) if (p.startsWith(w) && p !== best) out.push(p);
		return out;
	}
	async function termIn(w, prefix, b) {
		const set = new Set();
		for (const p of shardsFor(w, prefix)) {
			const shard = await get("terms/" + b + "/" + encodeURIComponent(p) + ".json");
			if (!shard) continue;
			for (const t in shard) {
				if (t === w || (prefix && t.startsWith(w))) numbers(shard[t], b).forEach(n => set.add(n));
			}
		}
		return set;
	}
	function intersect(a, b) {
		return a === null ? b : new Set([...a].filter(n => b.has(n)));
	}
	// scan finds the hits of block b, newest first.
	async function scan(s, b) {
		const lo = Math.max(b * index.block, s.range[0]), hi = Math.min((b + 1) * index.block, s.range[1]);
		if (lo >= hi) return [];
		let set = null;
		for (let i = 0; i < s.words.length; i++) set = intersect(set, await termIn(s.words[i], s.prefix && i === s.words.length - 1, b));
		if (s.speaker) set = intersect(set, numbers(await get("speakers/" + s.speaker + "/" + b + ".json"), b));
		if (s.status) set = intersect(set, numbers(await get("status/" + s.status + "/" + b + ".json"), b));
		if (set === null) { set = new Set(); for (let n = lo; n < hi; n++) set.add(n); }
		return [...set].filter(n => n >= lo && n < hi).sort((x, y) => y - x);
	}
	async function search() {
		const mine = ++run;
		const ws = words(q.value);
		const s = { words: ws, prefix: ws.length > 0 && !/\s$/.test(q.value) && [...ws[ws.length - 1]].length >= 3,
			speaker: speaker.value, status: status.value, range: [0, index.claims], next: index.blocks - 1, hits: [], shown: 0 };
		if (year.value) {
			const y = index.years.find(y => String(y[0]) === year.value);
			s.range = y ? [y[1], y[2]] : [0, 0];
		}
		state = s;
		results.replaceChildren();
		if (!ws.length && !s.speaker && !s.status && !year.value) {
			summary.textContent = "Type a few words, or choose a speaker, a rating or a year.";
			more.hidden = true;
			return;
		}
		await page(mine);
	}
	// page shows the next page of results, reading blocks until it has one.
	async function page(mine) {
		const s = state;
		while (s.hits.length < s.shown + PAGE && s.next >= 0) {
			const hits = await scan(s, s.next--);
			if (mine !== run) return;
			s.hits.push(...hits);
		}
		for (const n of s.hits.slice(s.shown, s.shown + PAGE)) {
			const rows = await get("claims/" + Math.floor(n / index.shard) + ".json");
			if (mine !== run) return;
			const row = rows && rows[n % index.shard];
			if (row) results.append(card(row));
		}
		s.shown = Math.min(s.hits.length, s.shown + PAGE);
		const done = s.next < 0;
		const n = s.hits.length;
		summary.textContent = (n === 1 ? "1 claim found" : n + " claims found") + (done ? "." : " so far; more are read as you ask.");
		more.hidden = done && s.shown >= n;
	}
	function card([id, text, name, slug, st, date]) {
		const li = document.createElement("li");
		li.className = "claim-card";
		const p = document.createElement("p"), a = document.createElement("a");
		a.href = root + "claims/" + id + "/";
		a.textContent = text;
		p.append(a);
		const meta = document.createElement("p");
		meta.className = "meta";
		const badge = document.createElement("span");
		badge.className = "badge status-" + st;
		const opt = [...status.options].find(o => o.value === st);
		badge.textContent = opt ? opt.textContent : st;
		meta.append(badge, " ");
		if (name) {
			const s = document.createElement("a");
			s.href = root + "speakers/" + slug + "/";
			s.textContent = name;
			meta.append(s);
		} else {
			meta.append("Unattributed");
		}
		const t = document.createElement("time");
		t.dateTime = date;
		t.textContent = date;
		meta.append(" · ", t);
		li.append(p, meta);
		return li;
	}
	function fromURL() {
		const u = new URLSearchParams(location.search);
		for (const el of [q, speaker, status, year]) if (u.has(el.name)) el.value = u.get(el.name);
	}
	function toURL() {
		const u = new URLSearchParams();
		for (const el of [q, speaker, status, year]) if (el.value) u.set(el.name, el.value);
		history.replaceState(null, "", u.toString() ? "?" + u : location.pathname);
	}
	let timer;
	form.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(() => { toURL(); search(); }, 150); });
	form.addEventListener("submit", e => { e.preventDefault(); toURL(); search(); });
	more.addEventListener("click", () => page(run));
	get("index.json").then(ix => {
		if (!ix) { summary.textContent = "The search index could not be loaded."; return; }
		index = ix;
		stop = new Set(ix.stop);
		form.hidden = false;
		fromURL();
		search();
	});
})();
