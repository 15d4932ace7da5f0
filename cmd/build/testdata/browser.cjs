// The browser suite of the site's tests, run by TestBrowserSuite in
// external_test.go: node browser.cjs TOOLS CHROMIUM BASE SHOTS
// It loads the demo site in headless Chromium with playwright-core and
// prints one JSON object of what it found; the Go test asserts on it.
"use strict";
const path = require("path");
const [tools, chromium, base, shots] = process.argv.slice(2);
const { chromium: pw } = require(path.join(tools, "node_modules", "playwright-core"));
const axePath = path.join(tools, "node_modules", "axe-core", "axe.min.js");

const claim = "claims/84d4d0561d8d/";
const pages = ["", claim, "speakers/donald-trump/", "search/", "claims/", "status/", "articles/1/", "data/", "speakers/"];

(async () => {
	const out = { axe: [], search: {}, keyboard: {}, shots: [] };
	const browser = await pw.launch({ executablePath: chromium, args: ["--no-sandbox"] });
	try {
		for (const scheme of ["light", "dark"]) {
			const page = await browser.newPage();
			await page.emulateMedia({ colorScheme: scheme });
			for (const p of pages) {
				await page.goto(base + p, { waitUntil: "networkidle" });
				await page.addScriptTag({ path: axePath });
				const r = await page.evaluate(async () => {
					const res = await axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] });
					return res.violations.filter(v => v.impact === "serious" || v.impact === "critical")
						.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, target: v.nodes[0].target.join(" ") }));
				});
				out.axe.push({ scheme, page: p, violations: r });
			}
			await page.close();
		}

		// Search: two words find the demo's prediction; a rating filters it in and out.
		const page = await browser.newPage();
		await page.goto(base + "search/", { waitUntil: "networkidle" });
		await page.waitForSelector("#search:not([hidden])");
		await page.fill("#q", "ceasefire negotiations");
		await page.waitForFunction(() => document.querySelectorAll("#results li").length > 0);
		const links = () => page.$$eval("#results li a[href*='claims/']", as => as.map(a => a.getAttribute("href")));
		out.search.twoWords = await links();
		out.search.summary = await page.textContent("#summary");
		await page.selectOption("#status", "not-fulfilled");
		await page.waitForFunction(() => /^1 claim found/.test(document.querySelector("#summary").textContent));
		out.search.notFulfilled = await links();
		await page.selectOption("#status", "unrated");
		await page.waitForFunction(() => !/^1 claim found/.test(document.querySelector("#summary").textContent));
		await page.waitForTimeout(300);
		out.search.unrated = await links();
		out.search.url = page.url();
		await page.close();

		// Keyboard only: from the home page to the demo ruling's evidence.
		const kb = await browser.newPage();
		await kb.goto(base, { waitUntil: "networkidle" });
		const focused = () => kb.evaluate(() => { const a = document.activeElement; return a ? (a.getAttribute("href") || a.tagName) : ""; });
		let steps = 0, href = "";
		for (; steps < 60; steps++) {
			await kb.keyboard.press("Tab");
			href = await focused();
			if (href.endsWith(claim)) break;
		}
		out.keyboard.toClaim = steps;
		out.keyboard.outline = await kb.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
		await kb.keyboard.press("Enter");
		await kb.waitForURL("**/" + claim);
		for (steps = 0; steps < 60; steps++) {
			await kb.keyboard.press("Tab");
			href = await focused();
			if (href.includes("irishtimes.com")) break;
		}
		out.keyboard.toEvidence = steps;
		out.keyboard.evidence = href;
		await kb.close();

		// Screenshots, phone and desktop.
		if (shots) {
			for (const [name, p] of [["home", ""], ["claim", claim], ["speaker", "speakers/donald-trump/"], ["search", "search/?q=ceasefire+negotiations"]]) {
				for (const [device, size] of [["phone", { width: 390, height: 844 }], ["desktop", { width: 1280, height: 900 }]]) {
					const s = await browser.newPage({ viewport: size });
					await s.goto(base + p, { waitUntil: "networkidle" });
					await s.waitForTimeout(200);
					const file = path.join(shots, `${name}-${device}.png`);
					await s.screenshot({ path: file, fullPage: true });
					out.shots.push(file);
					await s.close();
				}
			}
		}
	} finally {
		await browser.close();
	}
	process.stdout.write(JSON.stringify(out));
})().catch(e => { console.error(e); process.exit(1); });
