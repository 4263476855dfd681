//! The `dossier` binary: flags, progress, summary and exit codes. Glue only;
//! the analysis lives in the `dossier` crate.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::Context;
use clap::{Parser, Subcommand};

// mimalloc rather than the system allocator: a run makes tens of millions of
// small allocations from several threads, and glibc's per-thread arenas
// left a large share of the peak as fragmentation (see BENCHMARKS.md,
// "End to end").
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (not among the crate's named
/// constants; its place in mimalloc 3's `mi_option_e`).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Freed memory goes back to the system at once rather than after
/// mimalloc's default 10 ms (100 ms for arenas): the pipeline frees large
/// intermediate results stage by stage, and with the delay they stayed
/// resident beside the next stage's (100 MB corpus: peak 812 MB -> 674 MB).
fn return_freed_memory_at_once() {
    // SAFETY: sets a process-wide allocator option; mimalloc allows this at
    // any time, and the value is in the documented range (0 = no delay).
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 0) };
}

const EXAMPLES: &str = "\
Examples:
  dossier analyze examples/corpus --out out/      # a folder, read recursively
  dossier analyze a.html b.txt feed.jsonl --out out/
  dossier analyze crawl.warc.gz --out out/ --jobs 2
  cat export.jsonl | dossier analyze - --out out/  # JSONL on standard input

The report is out/index.html; the machine-readable result is out/dossier.json.";

/// Turn a pile of overlapping news articles into one source-attributed dossier.
#[derive(Parser, Debug)]
#[command(name = "dossier", version, after_help = EXAMPLES)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Analyse articles and write dossier.json and index.html.
    #[command(after_help = EXAMPLES)]
    Analyze(AnalyzeArgs),
}

#[derive(clap::Args, Debug)]
struct AnalyzeArgs {
    /// Files or folders to read (.txt, .html, .htm, .jsonl, .ndjson, .warc,
    /// and .gz of them); `-` reads JSONL from standard input.
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<PathBuf>,
    /// Folder to write dossier.json and index.html into (created if missing).
    #[arg(long, short, value_name = "DIR")]
    out: PathBuf,
    /// Worker threads (default: one per core).
    #[arg(long, short, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=1024))]
    jobs: Option<u16>,
    /// Print nothing but errors.
    #[arg(long, short)]
    quiet: bool,
}

/// How the process ends; see the README for what each code means.
enum Exit {
    /// The dossier was written (possibly with skipped inputs).
    Success,
    /// Nothing could be read, or the output could not be written.
    Failure,
    /// The command line was wrong.
    Usage,
}

fn main() -> ExitCode {
    return_freed_memory_at_once();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            use clap::error::ErrorKind;
            if matches!(
                e.kind(),
                ErrorKind::DisplayHelp
                    | ErrorKind::DisplayVersion
                    | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            ) {
                let _ = e.print();
                return if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
                    ExitCode::from(2)
                } else {
                    ExitCode::SUCCESS
                };
            }
            // One line, as promised: clap's first line names the problem.
            let rendered = e.render().to_string();
            let first = rendered.lines().next().unwrap_or("error: invalid arguments");
            eprintln!("{first} (see 'dossier --help')");
            return exit(Exit::Usage);
        }
    };
    let result = match cli.command {
        Command::Analyze(args) => analyze(args),
    };
    match result {
        Ok(code) => exit(code),
        Err(e) => {
            eprintln!("error: {e:#}");
            exit(Exit::Failure)
        }
    }
}

fn exit(code: Exit) -> ExitCode {
    ExitCode::from(match code {
        Exit::Success => 0,
        Exit::Failure => 1,
        Exit::Usage => 2,
    })
}

fn analyze(args: AnalyzeArgs) -> anyhow::Result<Exit> {
    if let Some(n) = args.jobs {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n as usize)
            .build_global()
            .context("cannot start worker threads")?;
    }
    let inputs: Vec<dossier::Input> = args
        .inputs
        .iter()
        .map(|p| if p.as_os_str() == "-" { dossier::Input::Stdin } else { dossier::Input::Path(p.clone()) })
        .collect();
    let start = Instant::now();
    let bar = Bar::new(args.quiet);
    let progress: &dyn dossier::Progress = match &bar {
        Some(bar) => bar,
        None => &dossier::NoProgress,
    };
    let opts = dossier::Options::default();
    progress.stage(dossier::Stage::Ingest, 0);
    let ingested = dossier::ingest(&inputs, &opts.ingest);
    let read = start.elapsed();
    if !args.quiet {
        for s in &ingested.skipped {
            eprintln!("skipped {}: {}", s.path, s.reason);
        }
    }
    if ingested.documents.is_empty() {
        if let Some(bar) = &bar {
            bar.0.finish_and_clear();
        }
        eprintln!("error: no document could be read ({} inputs skipped)", ingested.skipped.len());
        return Ok(Exit::Failure);
    }
    // dossier.json is written section by section while the run goes on
    // (see `dossier_export::Writer`): the sections never all sit in memory.
    let mut writer = dossier_export::Writer::create(&args.out, &dossier::generator())?;
    let mut run = dossier::analyze_documents_into(ingested.documents, ingested.skipped, &opts, progress, &mut writer);
    run.timings.insert(0, (dossier::Stage::Ingest, read));
    let writing = Instant::now();
    writer.finish()?;
    if let Some(bar) = &bar {
        bar.0.finish_and_clear();
    }
    let (written, elapsed) = (writing.elapsed(), start.elapsed());
    if !args.quiet {
        eprintln!("{}", summary(&run, elapsed, written, &args.out));
    }
    Ok(Exit::Success)
}

/// The summary line. The sections of dossier.json are written as the run
/// goes, inside the stages' times; "write" is what is left at the end
/// (closing dossier.json, the report).
fn summary(run: &dossier::Summary, elapsed: Duration, written: Duration, out: &std::path::Path) -> String {
    let c = &run.counts;
    let secs = elapsed.as_secs_f64().max(1e-6);
    let mut stages: Vec<String> = run
        .timings
        .iter()
        .map(|(stage, t)| {
            let name = match stage {
                dossier::Stage::Ingest => "read",
                dossier::Stage::Clean => "clean",
                dossier::Stage::Documents => "per-document",
                dossier::Stage::Corpus => "corpus",
            };
            format!("{name} {:.2}s", t.as_secs_f64())
        })
        .collect();
    stages.push(format!("write {:.2}s", written.as_secs_f64()));
    if let Some(mb) = peak_memory_mb() {
        stages.push(format!("peak memory {mb} MB"));
    }
    format!(
        "read {} documents ({:.1} MB), skipped {}; {} passages, {} events, {} entities, {} claims, {} conflicts; \
{:.2}s ({:.1} MB/s, {:.0} docs/s; {})\nreport: {}",
        c.documents,
        run.bytes as f64 / 1e6,
        c.skipped,
        c.passages,
        c.events,
        c.entities,
        c.claims,
        c.conflicts,
        secs,
        run.bytes as f64 / 1e6 / secs,
        c.documents as f64 / secs,
        stages.join(", "),
        out.join("index.html").display()
    )
}

/// The process's peak resident memory, where the system reports it (Linux's
/// `VmHWM`): the figure the scale targets are set in.
fn peak_memory_mb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024)
}

/// A progress bar on stderr, only when stderr is a terminal: logs and
/// pipes get the summary line alone.
struct Bar(indicatif::ProgressBar);

impl Bar {
    fn new(quiet: bool) -> Option<Bar> {
        if quiet || !std::io::stderr().is_terminal() {
            return None;
        }
        let pb = indicatif::ProgressBar::new_spinner();
        pb.enable_steady_tick(Duration::from_millis(120));
        Some(Bar(pb))
    }
}

impl dossier::Progress for Bar {
    fn stage(&self, stage: dossier::Stage, total: usize) {
        let name = match stage {
            dossier::Stage::Ingest => "reading",
            dossier::Stage::Clean => "cleaning",
            dossier::Stage::Documents => "analysing documents",
            dossier::Stage::Corpus => "comparing documents",
        };
        if total > 0 {
            self.0.set_style(
                indicatif::ProgressStyle::with_template("{spinner} {msg:20} [{bar:30}] {pos}/{len} ({per_sec}, {eta})")
                    .expect("the template is valid")
                    .progress_chars("=> "),
            );
            self.0.set_length(total as u64);
            self.0.set_position(0);
        } else {
            self.0.set_style(indicatif::ProgressStyle::default_spinner());
        }
        self.0.set_message(name);
    }
    fn advance(&self) {
        self.0.inc(1);
    }
}
