//! `cargo xtask bench`: speed and size in one run, with a peer baseline measured in the same run.
//!
//! 1. build `dist/` (as `cargo xtask build`) and measure every first-load byte (`sizes`), the
//!    content's two parts, the first load with a content of many more countries (`growth`), and
//!    the largest language file;
//! 2. install the bench's npm packages (`xtask/bench`: lighthouse, survey-core, survey-js-ui,
//!    esbuild), generate the SurveyJS page from the same content (`peer`);
//! 3. copy both sites under `target/bench/site/`, write `.br`/`.gz` siblings, serve both
//!    compressed (`serve`), and run Lighthouse (mobile preset, simulated throttling, Debian's
//!    Chromium) on each, interleaved, `--runs N` times (default 3); medians and ours/peer;
//! 4. tap latency under a 6× CPU slowdown (`xtask/bench/tap.mjs`, Playwright + CDP): the walk
//!    made `--runs N` times, each tap the median of its walks (and the slowest single one);
//! 5. the core's cost per answer change (`crates/avenir-core/examples/eval_cost.rs`): native
//!    time, instructions under callgrind, and the synthetic scale series;
//! 6. the report: a table on stdout, JSON in `target/bench/report.json`, each target met or
//!    missed by how much.
//!
//! Timings are for a person to read and compare, never a pass/fail of `cargo xtask test`: only
//! the byte budget is enforced there.

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};

use serde_json::{Value, json};

use crate::util::{self, Result, relative, run, tool};
use crate::{build, growth, peer, serve, setup, sizes};

/// Targets (docs/performance.md).
const FIRST_LOAD_BROTLI: f64 = sizes::FIRST_LOAD_TARGET as f64;
const PERFORMANCE_SCORE: f64 = 98.0;
const ACCESSIBILITY_SCORE: f64 = 100.0;
const INTERACTIVE_MS: f64 = 1800.0;
const BYTES_RATIO: f64 = 2.0;
const INTERACTIVE_RATIO: f64 = 2.0;
const LCP_MS: f64 = 1000.0;
const REPEAT_VISIT_MS: f64 = 500.0;
const EXPONENT: f64 = 1.05;
const EVAL_NS: f64 = 50_000.0;
const TAP_MS: f64 = 100.0;

const CHROME_FLAGS: &str = "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage \
                            --disable-background-networking --disable-component-update --disable-sync --no-first-run";

pub fn bench(runs: usize) -> Result {
    let root = util::repo_root();
    let out = root.join("target").join("bench");
    fs::create_dir_all(&out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;

    // 1. Sizes.
    let dist = build::build()?;
    let assessment = default_assessment()?;
    let (first, lazy) = sizes::first_load(sizes::measure(&dist)?);
    // The content's questions' part is in the first load; the first load with a content of
    // many more countries (`growth`) is reported beside it.
    let growth = growth::measure(&assessment, &first)?;
    // The largest real language (pseudo-locales are for testing): what a person whose browser
    // asks for it downloads at the start, on top of the first load.
    let pseudo =
        |path: &str| avenir_core::text::PSEUDO_LOCALES.iter().any(|(tag, _)| path.ends_with(&format!("/{tag}.bin")));
    let language =
        lazy.iter().filter(|row| row.path.starts_with(sizes::TEXTS) && !pseudo(&row.path)).max_by_key(|row| row.brotli);

    // 2. The peer page, and 3. Lighthouse, interleaved.
    let (peer_rows, pages) = lighthouse_pages(&dist, &assessment, runs)?;
    let Pages { our_url, our_runs, peer_runs, arabic_runs } = pages;
    let (our_lh, peer_lh, arabic_lh) = (medians(&our_runs), medians(&peer_runs), medians(&arabic_runs));

    // 4. Taps.
    println!("\n==> Tap latency, CPU slowed down 6×");
    let taps = tap_latency(&our_url, runs)?;

    // 5. The core.
    println!("\n==> Evaluation cost per answer change");
    let eval = evaluation()?;

    // 6. The report.
    let report = json!({
        "machine": machine(),
        "sizes": {
            "first_load": rows_json(&first),
            "first_load_total": row_json(&sizes::total(&first)),
            "content_parts": rows_json(&growth.parts),
            "wider_content": { "countries_of_stay": growth::STAY, "countries_of_return": growth::RETURN,
                               "programmes": [growth.programmes.0, growth.programmes.1],
                               "contacts": [growth.contacts.0, growth.contacts.1],
                               "first_load": growth.wider_first_load, "growth_percent": growth.percent() },
            "largest_language_file": language.map(row_json),
            "first_load_with_that_language": language.map(|l| sizes::total(&first).brotli + l.brotli),
            "peer": rows_json(&peer_rows),
            "peer_total": row_json(&sizes::total(&peer_rows)),
        },
        "lighthouse": { "runs": runs, "ours": our_lh, "peer": peer_lh, "ratios": ratios(&our_lh, &peer_lh),
                        "ours_arabic": arabic_lh,
                        "ours_runs": our_runs, "peer_runs": peer_runs, "ours_arabic_runs": arabic_runs },
        "taps": taps,
        "evaluation": eval,
    });
    let targets = targets(&report);
    let mut report = report;
    report["targets"] = targets;
    println!("{}", table(&report));
    let path = out.join("report.json");
    fs::write(&path, serde_json::to_string_pretty(&report).map_err(|e| e.to_string())? + "\n")
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    println!("Report written to {}", relative(&path));
    Ok(())
}

/// Lighthouse's runs on both pages (ours in English and in Arabic) and where ours is served.
struct Pages {
    our_url: String,
    our_runs: Vec<Value>,
    peer_runs: Vec<Value>,
    arabic_runs: Vec<Value>,
}

/// Builds the peer page, serves both sites precompressed, and runs Lighthouse `runs` times on
/// each, interleaved. Returns the peer's file sizes and the runs.
fn lighthouse_pages(
    dist: &Path,
    assessment: &avenir_core::Assessment,
    runs: usize,
) -> Result<(Vec<sizes::Row>, Pages)> {
    let out = util::repo_root().join("target").join("bench");
    setup::npm_ci(&peer::npm_dir(), "npm packages of xtask/bench")?;
    let sites = out.join("site");
    let (ours, theirs) = (sites.join("ours"), sites.join("peer"));
    if ours.exists() {
        fs::remove_dir_all(&ours).map_err(|e| format!("cannot remove {}: {e}", ours.display()))?;
    }
    build::copy_dir(dist, &ours)?;
    peer::build(assessment, &theirs)?;
    let peer_rows = sizes::measure(&theirs)?;
    sizes::precompress(&ours)?;
    sizes::precompress(&theirs)?;

    let our_url = format!("http://{}/", serve::spawn(ours.clone())?);
    let peer_url = format!("http://{}/", serve::spawn(theirs.clone())?);
    let reports = out.join("lighthouse");
    fs::create_dir_all(&reports).map_err(|e| format!("cannot create {}: {e}", reports.display()))?;
    let (mut our_runs, mut peer_runs, mut arabic_runs) = (Vec::new(), Vec::new(), Vec::new());
    for i in 1..=runs {
        println!("\n==> Lighthouse run {i} of {runs}");
        our_runs.push(lighthouse(&our_url, None, &reports.join(format!("ours-{i}.json")))?);
        peer_runs.push(lighthouse(&peer_url, None, &reports.join(format!("peer-{i}.json")))?);
        // A browser in Arabic: lang.js moves from index.html to index.ar.html.
        arabic_runs.push(lighthouse(&our_url, Some("ar"), &reports.join(format!("ours-ar-{i}.json")))?);
    }
    Ok((peer_rows, Pages { our_url, our_runs, peer_runs, arabic_runs }))
}

/// `cargo xtask bench --lighthouse`: Lighthouse alone on the last build (`dist/`), ours in
/// English and Arabic beside the peer, for a quick before/after of a change to the first load.
/// Nothing is written but Lighthouse's own reports; the full bench makes the report.
pub fn lighthouse_only(runs: usize) -> Result {
    let dist = util::repo_root().join("dist");
    if !dist.join("index.html").is_file() {
        return Err("no build in dist/: run `cargo xtask build` first".into());
    }
    let (_, pages) = lighthouse_pages(&dist, &default_assessment()?, runs)?;
    let rows = [
        ("ours", medians(&pages.our_runs)),
        ("ours, Arabic", medians(&pages.arabic_runs)),
        ("peer", medians(&pages.peer_runs)),
    ];
    println!(
        "\n{:<14}{:>10}{:>10}{:>10}{:>10}{:>10}{:>12}",
        "median of", "FCP ms", "LCP ms", "TTI ms", "TBT ms", "CLS", "transfer B"
    );
    for (name, m) in &rows {
        let f = |k: &str| {
            m[k].as_f64().map_or("—".to_string(), |v| if k == "cls" { format!("{v:.3}") } else { format!("{v:.0}") })
        };
        println!(
            "{name:<14}{:>10}{:>10}{:>10}{:>10}{:>10}{:>12}",
            f("fcp_ms"),
            f("lcp_ms"),
            f("tti_ms"),
            f("tbt_ms"),
            f("cls"),
            f("transfer_bytes")
        );
    }
    Ok(())
}

fn default_assessment() -> Result<avenir_core::Assessment> {
    let dir = util::repo_root().join("assessments/default");
    let files = avenir_content::fs::read_dir(&dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    avenir_content::check(&files, None).assessment.ok_or(format!("{} has errors", dir.display()))
}

fn row_json(row: &sizes::Row) -> Value {
    json!({ "path": row.path, "raw": row.raw, "gzip": row.gzip, "brotli": row.brotli })
}

fn rows_json(rows: &[sizes::Row]) -> Value {
    rows.iter().map(row_json).collect()
}

/// Lighthouse's numbers for one run: scores 0–100, times in ms, bytes.
/// One Lighthouse run on `url`; with `lang`, Chromium's languages are that language only.
fn lighthouse(url: &str, lang: Option<&str>, out: &Path) -> Result<Value> {
    let bin = peer::npm_dir().join("node_modules").join(".bin").join("lighthouse");
    let flags = match lang {
        Some(lang) => format!("{CHROME_FLAGS} --lang={lang} --accept-lang={lang}"),
        None => CHROME_FLAGS.to_string(),
    };
    run(
        tool(bin)
            .arg(url)
            .arg(format!("--chrome-flags={flags}"))
            // --save-assets: the trace and DevTools log beside the report, for lantern-dump.mjs.
            .args(["--only-categories=performance,accessibility", "--output=json", "--quiet", "--save-assets"])
            .arg(format!("--output-path={}", out.display()))
            .env("CHROME_PATH", setup::chromium_path()),
        "Lighthouse comes from xtask/bench (`npm ci` there); it needs Debian's chromium",
    )?;
    let text = fs::read_to_string(out).map_err(|e| format!("cannot read {}: {e}", out.display()))?;
    let lh: Value = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", out.display()))?;
    let audit = |id: &str| lh["audits"][id]["numericValue"].as_f64();
    let score = |id: &str| lh["categories"][id]["score"].as_f64().map(|s| (s * 100.0).round());
    Ok(json!({
        "performance": score("performance"),
        "accessibility": score("accessibility"),
        "transfer_bytes": audit("total-byte-weight"),
        "fcp_ms": audit("first-contentful-paint"),
        "lcp_ms": audit("largest-contentful-paint"),
        "tbt_ms": audit("total-blocking-time"),
        "tti_ms": audit("interactive"),
        "cls": audit("cumulative-layout-shift"),
        "final_url": lh["finalDisplayedUrl"].as_str(),
        "failed_audits": lh["categories"]["accessibility"]["auditRefs"].as_array().map(|refs| refs
            .iter()
            .filter_map(|r| r["id"].as_str())
            .filter(|id| lh["audits"][id]["score"].as_f64().is_some_and(|s| s < 1.0))
            .map(str::to_string)
            .collect::<Vec<_>>()),
    }))
}

const METRICS: [&str; 8] =
    ["performance", "accessibility", "transfer_bytes", "fcp_ms", "lcp_ms", "tbt_ms", "tti_ms", "cls"];

fn median(mut values: Vec<f64>) -> Option<f64> {
    values.sort_by(f64::total_cmp);
    let n = values.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(values[n / 2]),
        _ => Some((values[n / 2 - 1] + values[n / 2]) / 2.0),
    }
}

fn medians(runs: &[Value]) -> Value {
    let mut out = json!({});
    for metric in METRICS {
        out[metric] = median(runs.iter().filter_map(|r| r[metric].as_f64()).collect()).into();
    }
    out["final_url"] = runs.first().map_or(Value::Null, |r| r["final_url"].clone());
    out
}

fn ratios(ours: &Value, peer: &Value) -> Value {
    let mut out = json!({});
    for metric in ["transfer_bytes", "fcp_ms", "lcp_ms", "tbt_ms", "tti_ms"] {
        out[metric] = match (ours[metric].as_f64(), peer[metric].as_f64()) {
            (Some(a), Some(b)) if b > 0.0 => (a / b).into(),
            _ => Value::Null,
        };
    }
    out
}

/// The taps, each the median of `walks` walks (`tap.mjs`), and the slowest single one.
fn tap_latency(url: &str, walks: usize) -> Result<Value> {
    let script = peer::npm_dir().join("tap.mjs");
    let output = tool("node")
        .arg(&script)
        .env("AVENIR_URL", url)
        .env("WALKS", walks.to_string())
        .env("CHROMIUM", setup::chromium_path())
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("could not start node {}: {e}", script.display()))?;
    if !output.status.success() {
        return Err(format!("{} failed ({})", relative(&script), output.status));
    }
    let text = String::from_utf8_lossy(&output.stdout);
    let line = text.lines().rev().find(|l| l.starts_with('{')).ok_or("tap.mjs printed no result")?;
    let mut taps: Value = serde_json::from_str(line).map_err(|e| format!("tap.mjs: {e}"))?;
    let each = |taps: &Value, key: &str| -> Vec<f64> {
        taps["taps"].as_array().map(|t| t.iter().filter_map(|t| t[key].as_f64()).collect()).unwrap_or_default()
    };
    for key in ["dom", "frame"] {
        let values = each(&taps, key);
        taps[format!("{key}_median_ms")] = median(values.clone()).into();
        taps[format!("{key}_max_ms")] = values.into_iter().reduce(f64::max).into();
        let single = taps["taps"].as_array().into_iter().flatten().flat_map(|t| {
            t[format!("{key}_runs")].as_array().into_iter().flatten().filter_map(Value::as_f64).collect::<Vec<_>>()
        });
        taps[format!("{key}_max_single_ms")] = single.reduce(f64::max).into();
    }
    Ok(taps)
}

/// The probe's lines: content, questions, programmes, contacts, items, changes, value.
fn probe_lines(text: &str) -> Vec<Vec<String>> {
    text.lines().map(|l| l.split('\t').map(str::to_string).collect::<Vec<_>>()).filter(|f| f.len() == 7).collect()
}

fn evaluation() -> Result<Value> {
    let root = util::repo_root();
    run(
        util::cargo().args(["build", "--release", "-p", "avenir-core", "--example", "eval_cost"]).current_dir(&root),
        "the probe is crates/avenir-core/examples/eval_cost.rs",
    )?;
    let probe = root.join("target").join("release").join("examples").join("eval_cost");
    let output = Command::new(&probe).arg("time").output().map_err(|e| format!("cannot run the probe: {e}"))?;
    let lines = probe_lines(&String::from_utf8_lossy(&output.stdout));
    let valgrind = util::probe(tool("valgrind").arg("--version")).is_some();
    let mut contents = Vec::new();
    for fields in &lines {
        let name = &fields[0];
        let num = |i: usize| fields[i].parse::<f64>().unwrap_or(0.0);
        let instructions = if valgrind { callgrind(&probe, name)?.map(|ir| ir / num(5)) } else { None };
        println!(
            "  {name:<16} {:>9.2} µs per change, {} instructions",
            num(6) / 1000.0,
            instructions.map_or("?".into(), |i| format!("{i:.0}"))
        );
        contents.push(json!({
            "content": name, "questions": num(1), "programmes": num(2), "contacts": num(3), "items": num(4),
            "changes_per_walk": num(5), "ns_per_change": num(6), "instructions_per_change": instructions,
        }));
    }
    // Per-step ratios of the scale series (synthetic contents only).
    let series: Vec<&Value> = contents.iter().filter(|c| c["content"] != "default").collect();
    let steps: Vec<Value> = series
        .windows(2)
        .map(|pair| {
            let ratio = |key: &str| pair[1][key].as_f64().zip(pair[0][key].as_f64()).map(|(b, a)| b / a);
            let size = ratio("items").unwrap_or(1.0);
            let time = ratio("ns_per_change");
            let instructions = ratio("instructions_per_change");
            json!({
                "from": pair[0]["content"], "to": pair[1]["content"], "size_ratio": size,
                "time_ratio": time, "instructions_ratio": instructions,
                // cost ∝ size^exponent: 1 is linear.
                "instructions_exponent": instructions.map(|r| r.ln() / size.ln()),
            })
        })
        .collect();
    // From the smallest to the largest content in one step, for the overall trend.
    let overall = series.first().zip(series.last()).map(|(a, b)| {
        let ratio = |key: &str| b[key].as_f64().zip(a[key].as_f64()).map(|(b, a)| b / a);
        let size = ratio("items").unwrap_or(1.0);
        json!({ "size_ratio": size, "time_ratio": ratio("ns_per_change"),
                "instructions_ratio": ratio("instructions_per_change"),
                "instructions_exponent": ratio("instructions_per_change").map(|r| r.ln() / size.ln()) })
    });
    Ok(json!({ "contents": contents, "scale_steps": steps, "scale_overall": overall, "callgrind": valgrind }))
}

/// Instructions executed inside `support::replay` for one walk of `content`.
fn callgrind(probe: &Path, content: &str) -> Result<Option<f64>> {
    let out = util::repo_root().join("target").join("bench").join(format!("callgrind.{}", content.replace(',', "-")));
    let status = Command::new("valgrind")
        .args(["--tool=callgrind", "--toggle-collect=*support::replay*"])
        .arg(format!("--callgrind-out-file={}", out.display()))
        .arg(probe)
        .args(["replay", content, "1"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map_err(|e| format!("cannot run valgrind: {e}"))?;
    if !status.success() {
        return Err(format!("valgrind --tool=callgrind on the probe failed ({status})"));
    }
    let text = fs::read_to_string(&out).map_err(|e| format!("cannot read {}: {e}", out.display()))?;
    Ok(text
        .lines()
        .find_map(|l| l.strip_prefix("totals:").or_else(|| l.strip_prefix("summary:")))
        .and_then(|v| v.split_whitespace().next()?.parse().ok()))
}

fn machine() -> Value {
    let cpu = fs::read_to_string("/proc/cpuinfo").ok().and_then(|t| {
        t.lines().find(|l| l.starts_with("model name")).map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
    });
    let version = |program: &str, arg: &str| util::probe(tool(program).arg(arg));
    json!({
        "cores": std::thread::available_parallelism().map(|n| n.get()).ok(),
        "cpu": cpu,
        "chromium": version(&setup::chromium_path().to_string_lossy(), "--version"),
        "node": version("node", "--version"),
        "rustc": version("rustc", "--version"),
    })
}

/// Each target: the measured value, met or not, and by how much.
fn targets(r: &Value) -> Value {
    let get = |path: &[&str]| path.iter().fold(&r[path[0]], |v, k| if *k == path[0] { v } else { &v[*k] }).as_f64();
    let eval_default =
        r["evaluation"]["contents"].as_array().and_then(|c| c.first()).and_then(|c| c["ns_per_change"].as_f64());
    let worst_exponent = r["evaluation"]["scale_steps"]
        .as_array()
        .map(|s| s.iter().filter_map(|s| s["instructions_exponent"].as_f64()).fold(f64::MIN, f64::max))
        .filter(|e| *e > f64::MIN);
    let ratio = |metric: &str| {
        get(&["lighthouse", "peer", metric]).zip(get(&["lighthouse", "ours", metric])).map(|(p, o)| p / o)
    };
    // (name, measured, target, higher is better)
    let rows: Vec<(&str, Option<f64>, f64, bool)> = vec![
        ("first load, brotli bytes", get(&["sizes", "first_load_total", "brotli"]), FIRST_LOAD_BROTLI, false),
        ("Lighthouse performance", get(&["lighthouse", "ours", "performance"]), PERFORMANCE_SCORE, true),
        ("Lighthouse accessibility", get(&["lighthouse", "ours", "accessibility"]), ACCESSIBILITY_SCORE, true),
        ("time to interactive, ms", get(&["lighthouse", "ours", "tti_ms"]), INTERACTIVE_MS, false),
        // The measure: the first loads (every file before the first question is usable).
        (
            "peer/ours first load bytes, ×",
            get(&["sizes", "peer_total", "brotli"])
                .zip(get(&["sizes", "first_load_total", "brotli"]))
                .map(|(p, o)| p / o),
            BYTES_RATIO,
            true,
        ),
        // Lighthouse's whole transfer: ours includes the results build, which every visitor
        // gets once the first screen works, whatever they do (docs/performance.md).
        ("peer/ours Lighthouse whole transfer, ×", ratio("transfer_bytes"), BYTES_RATIO, true),
        ("peer/ours time to interactive, ×", ratio("tti_ms"), INTERACTIVE_RATIO, true),
        ("evaluation per change (default), µs", eval_default.map(|ns| ns / 1000.0), EVAL_NS / 1000.0, false),
        ("scale: worst growth exponent", worst_exponent, EXPONENT, false),
        ("slowest tap at 6× slowdown (medians of walks), ms", get(&["taps", "dom_max_ms"]), TAP_MS, false),
        ("slowest single tap at 6× slowdown, ms", get(&["taps", "dom_max_single_ms"]), TAP_MS, false),
        ("largest contentful paint, ms", get(&["lighthouse", "ours", "lcp_ms"]), LCP_MS, false),
        ("largest contentful paint in Arabic, ms", get(&["lighthouse", "ours_arabic", "lcp_ms"]), LCP_MS, false),
        (
            "LCP − FCP, ms",
            get(&["lighthouse", "ours", "lcp_ms"]).zip(get(&["lighthouse", "ours", "fcp_ms"])).map(|(l, f)| l - f),
            0.0,
            false,
        ),
        (
            "LCP − FCP in Arabic, ms",
            get(&["lighthouse", "ours_arabic", "lcp_ms"])
                .zip(get(&["lighthouse", "ours_arabic", "fcp_ms"]))
                .map(|(l, f)| l - f),
            0.0,
            false,
        ),
        ("layout shift when the widget takes over (CLS)", get(&["lighthouse", "ours", "cls"]), 0.0, false),
        (
            "repeat visit with the offline copy, 4× CPU, ms",
            get(&["taps", "repeat_visit", "median_ms"]),
            REPEAT_VISIT_MS,
            false,
        ),
        (
            "first load growth, 30/60 countries, %",
            get(&["sizes", "wider_content", "growth_percent"]),
            growth::MAX_GROWTH_PERCENT as f64,
            false,
        ),
    ];
    rows.into_iter()
        .map(|(name, value, target, higher)| {
            let met = value.map(|v| if higher { v >= target } else { v <= target });
            let by = value.map(|v| if higher { v - target } else { target - v });
            json!({ "target": name, "value": value, "goal": target, "higher_is_better": higher, "met": met, "margin": by })
        })
        .collect()
}

fn fmt(v: &Value, digits: usize) -> String {
    v.as_f64().map_or("-".into(), |x| format!("{x:.digits$}"))
}

fn table(r: &Value) -> String {
    let mut t = String::from("\n## Sizes (bytes)\n");
    t += &format!("{:<34} {:>9} {:>9} {:>9}\n", "first load", "raw", "gzip -9", "brotli 11");
    let row = |t: &mut String, v: &Value| {
        *t += &format!(
            "{:<34} {:>9} {:>9} {:>9}\n",
            v["path"].as_str().unwrap_or(""),
            fmt(&v["raw"], 0),
            fmt(&v["gzip"], 0),
            fmt(&v["brotli"], 0)
        );
    };
    for v in r["sizes"]["first_load"].as_array().into_iter().flatten() {
        row(&mut t, v);
    }
    row(&mut t, &r["sizes"]["first_load_total"]);
    for v in r["sizes"]["content_parts"].as_array().into_iter().flatten() {
        row(&mut t, v);
    }
    let wider = &r["sizes"]["wider_content"];
    t += &format!(
        "{:<34} {:>29}\n",
        format!("first load, {}/{} countries", wider["countries_of_stay"], wider["countries_of_return"]),
        format!("{} ({:+.2} %)", fmt(&wider["first_load"], 0), wider["growth_percent"].as_f64().unwrap_or(0.0))
    );
    if !r["sizes"]["largest_language_file"].is_null() {
        row(&mut t, &r["sizes"]["largest_language_file"]);
        t += &format!(
            "{:<34} {:>29}\n",
            "first load + that language, brotli",
            fmt(&r["sizes"]["first_load_with_that_language"], 0)
        );
    }
    t += "peer (SurveyJS):\n";
    for v in r["sizes"]["peer"].as_array().into_iter().flatten() {
        row(&mut t, v);
    }
    row(&mut t, &r["sizes"]["peer_total"]);

    let lh = &r["lighthouse"];
    t += &format!("\n## Lighthouse, mobile, simulated throttling: medians of {} interleaved runs\n", lh["runs"]);
    t += &format!("{:<22} {:>10} {:>10} {:>10}\n", "", "ours", "SurveyJS", "ours/peer");
    t += &format!("{:<22} {:>10} {:>10} {:>10}   {}\n", "", "", "", "", "ours in Arabic");
    for (name, key, digits) in [
        ("performance", "performance", 0),
        ("accessibility", "accessibility", 0),
        ("transfer bytes", "transfer_bytes", 0),
        ("first contentful, ms", "fcp_ms", 0),
        ("largest contentful, ms", "lcp_ms", 0),
        ("total blocking, ms", "tbt_ms", 0),
        ("interactive, ms", "tti_ms", 0),
        ("layout shift (CLS)", "cls", 3),
    ] {
        t += &format!(
            "{name:<22} {:>10} {:>10} {:>10}   {:>10}\n",
            fmt(&lh["ours"][key], digits),
            fmt(&lh["peer"][key], digits),
            fmt(&lh["ratios"][key], 2),
            fmt(&lh["ours_arabic"][key], digits)
        );
    }

    let taps = &r["taps"];
    t += &format!(
        "\n## Taps at {}× CPU slowdown (click → next heading in the DOM / next frame; medians of {} walks, then each walk's DOM time), ms\n",
        taps["rate"], taps["walks"]
    );
    for tap in taps["taps"].as_array().into_iter().flatten() {
        let runs: Vec<String> = tap["dom_runs"].as_array().into_iter().flatten().map(|v| fmt(v, 1)).collect();
        t += &format!(
            "{:<60} {:>7} {:>7}   {}\n",
            tap["heading"].as_str().unwrap_or("").chars().take(60).collect::<String>(),
            fmt(&tap["dom"], 1),
            fmt(&tap["frame"], 1),
            runs.join(" ")
        );
    }
    t += &format!("{:<60} {:>7} {:>7}\n", "median", fmt(&taps["dom_median_ms"], 1), fmt(&taps["frame_median_ms"], 1));
    t += &format!("{:<60} {:>7} {:>7}\n", "max", fmt(&taps["dom_max_ms"], 1), fmt(&taps["frame_max_ms"], 1));
    t += &format!(
        "{:<60} {:>7} {:>7}\n",
        "slowest single walk's tap",
        fmt(&taps["dom_max_single_ms"], 1),
        fmt(&taps["frame_max_single_ms"], 1)
    );
    t += &format!(
        "repeat visit with the offline copy, {}× CPU: {} ms to the widget running (median of 5)\n",
        taps["repeat_visit"]["rate"],
        fmt(&taps["repeat_visit"]["median_ms"], 0)
    );

    t += "\n## Evaluation per answer change (set one answer + evaluate everything), native release build\n";
    t += &format!(
        "{:<16} {:>6} {:>6} {:>6} {:>7} {:>8} {:>11} {:>14}\n",
        "content", "quest.", "progr.", "cont.", "items", "changes", "µs/change", "instr./change"
    );
    for c in r["evaluation"]["contents"].as_array().into_iter().flatten() {
        t += &format!(
            "{:<16} {:>6} {:>6} {:>6} {:>7} {:>8} {:>11.2} {:>14}\n",
            c["content"].as_str().unwrap_or(""),
            fmt(&c["questions"], 0),
            fmt(&c["programmes"], 0),
            fmt(&c["contacts"], 0),
            fmt(&c["items"], 0),
            fmt(&c["changes_per_walk"], 0),
            c["ns_per_change"].as_f64().unwrap_or(0.0) / 1000.0,
            fmt(&c["instructions_per_change"], 0)
        );
    }
    t += &format!("{:<34} {:>7} {:>7} {:>8} {:>9}\n", "scale step", "size ×", "time ×", "instr. ×", "exponent");
    for s in r["evaluation"]["scale_steps"].as_array().into_iter().flatten() {
        let step = format!("{} → {}", s["from"].as_str().unwrap_or(""), s["to"].as_str().unwrap_or(""));
        t += &format!(
            "{step:<34} {:>7} {:>7} {:>8} {:>9}\n",
            fmt(&s["size_ratio"], 2),
            fmt(&s["time_ratio"], 2),
            fmt(&s["instructions_ratio"], 2),
            fmt(&s["instructions_exponent"], 2)
        );
    }

    let o = &r["evaluation"]["scale_overall"];
    t += &format!(
        "{:<34} {:>7} {:>7} {:>8} {:>9}\n",
        "smallest → largest",
        fmt(&o["size_ratio"], 2),
        fmt(&o["time_ratio"], 2),
        fmt(&o["instructions_ratio"], 2),
        fmt(&o["instructions_exponent"], 2)
    );

    t += "\n## Targets\n";
    for target in r["targets"].as_array().into_iter().flatten() {
        let verdict = match target["met"].as_bool() {
            Some(true) => format!("met (by {})", fmt(&target["margin"], 2)),
            Some(false) => format!("MISSED by {}", fmt(&Value::from(-target["margin"].as_f64().unwrap_or(0.0)), 2)),
            None => "not measured".into(),
        };
        let goal = if target["higher_is_better"].as_bool() == Some(true) { "≥" } else { "≤" };
        t += &format!(
            "{:<40} {:>12} {goal} {:<10} {verdict}\n",
            target["target"].as_str().unwrap_or(""),
            fmt(&target["value"], 2),
            fmt(&target["goal"], 2)
        );
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medians_and_probe_lines() {
        assert_eq!(median(vec![3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(vec![4.0, 1.0, 2.0, 3.0]), Some(2.5));
        assert_eq!(median(Vec::new()), None);
        let lines = probe_lines("default\t9\t2\t8\t23\t9\t1273.1\nnoise\n");
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0][6], "1273.1");
    }

    #[test]
    fn targets_say_met_or_missed_by_how_much() {
        let report = json!({
            "sizes": { "first_load_total": { "brotli": 151_000.0 }, "peer_total": { "brotli": 302_000.0 } },
            "lighthouse": { "ours": { "performance": 99.0, "tti_ms": 1000.0, "transfer_bytes": 100.0 },
                            "peer": { "tti_ms": 3000.0, "transfer_bytes": 150.0 } },
            "evaluation": { "contents": [], "scale_steps": [] },
            "taps": {},
        });
        let t = targets(&report);
        assert_eq!(t[0]["met"], false);
        assert_eq!(t[0]["margin"], -1000.0);
        assert_eq!(t[1]["met"], true);
        assert_eq!(t[4]["met"], true); // first loads: 2× fewer bytes
        assert_eq!(t[5]["met"], false); // whole transfer: 1.5× fewer bytes, 2× wanted
        assert_eq!(t[6]["met"], true); // 3× faster
        assert!(t[9]["met"].is_null());
    }
}
